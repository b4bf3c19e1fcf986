package dev.stepcamel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.HistoryEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateRunsTest {
    private final StateRuns runs = new StateRuns();
    private long id;

    private void event(String type, String json) throws Exception {
        id++;
        runs.apply(new HistoryEvent(id, id - 1, Instant.EPOCH, type, json == null ? null : (ObjectNode) Json.parse(json)));
    }

    private JsonNode state(String name) {
        return runs.all().path(name);
    }

    @Test
    void aTaskThatFailsThenSucceedsOnRetryCountsOneRetry() throws Exception {
        event("ExecutionStarted", "{}");
        event("TaskStateEntered", "{\"name\":\"Call\",\"input\":\"{}\"}");
        event("LambdaFunctionScheduled", "{}");
        event("LambdaFunctionFailed", "{\"error\":\"Boom\",\"cause\":\"once\"}");
        assertThat(state("Call").path("status").asText()).isEqualTo("running");
        event("LambdaFunctionScheduled", "{}");
        event("LambdaFunctionSucceeded", "{}");
        event("TaskStateExited", "{\"name\":\"Call\",\"output\":\"{\\\"ok\\\":1}\"}");
        assertThat(state("Call").path("status").asText()).isEqualTo("succeeded");
        assertThat(state("Call").path("retryCount").asInt()).isEqualTo(1);
        assertThat(state("Call").path("output").asText()).isEqualTo("{\"ok\":1}");
        assertThat(state("Call").path("error").asText()).isEqualTo("Boom");
    }

    @Test
    void aFailureThatACatchHandlesIsCaughtAndTheFailStateThatEndsTheRunFailed() throws Exception {
        event("TaskStateEntered", "{\"name\":\"Call\"}");
        event("TaskScheduled", "{}");
        event("TaskFailed", "{\"error\":\"Boom\"}");
        event("TaskStateExited", "{\"name\":\"Call\"}");
        event("FailStateEntered", "{\"name\":\"Stop\"}");
        event("ExecutionFailed", "{\"error\":\"Bad\",\"cause\":\"why\"}");
        assertThat(state("Call").path("status").asText()).isEqualTo("caught");
        assertThat(state("Stop").path("status").asText()).isEqualTo("failed");
        assertThat(state("Stop").path("error").asText()).isEqualTo("Bad");
        assertThat(state("Stop").path("cause").asText()).isEqualTo("why");
    }

    @Test
    void mapIterationsAreCountedByIndexAndOnlyChangedStatesAreDrained() throws Exception {
        event("MapStateEntered", "{\"name\":\"Each\"}");
        event("MapStateStarted", "{\"length\":2}");
        runs.drainChanged();
        event("MapIterationStarted", "{\"name\":\"Each\",\"index\":0}");
        event("MapIterationStarted", "{\"name\":\"Each\",\"index\":1}");
        event("PassStateEntered", "{\"name\":\"Inner\"}");
        event("PassStateEntered", "{\"name\":\"Inner\"}");
        event("PassStateExited", "{\"name\":\"Inner\"}");
        assertThat(state("Inner").path("status").asText()).isEqualTo("running");
        event("PassStateExited", "{\"name\":\"Inner\"}");
        event("MapIterationSucceeded", "{\"name\":\"Each\",\"index\":0}");
        event("MapIterationFailed", "{\"name\":\"Each\",\"index\":1}");
        JsonNode changed = runs.drainChanged();
        assertThat(changed.fieldNames()).toIterable().containsExactly("Each", "Inner");
        assertThat(state("Inner").path("status").asText()).isEqualTo("succeeded");
        JsonNode iterations = state("Each").path("iterations");
        assertThat(iterations.path("started").asInt()).isEqualTo(2);
        assertThat(iterations.path("byIndex").path("0").asText()).isEqualTo("succeeded");
        assertThat(iterations.path("byIndex").path("1").asText()).isEqualTo("failed");
        assertThat(runs.drainChanged().size()).isZero();
    }

    @Test
    void statesOpenWhenAnExecutionIsStoppedAreStopped() throws Exception {
        event("WaitStateEntered", "{\"name\":\"Pause\"}");
        event("ExecutionAborted", "{}");
        assertThat(state("Pause").path("status").asText()).isEqualTo("failed");
        StateRuns succeeded = new StateRuns();
        succeeded.apply(new HistoryEvent(1, 0, Instant.EPOCH, "WaitStateEntered",
                (ObjectNode) Json.parse("{\"name\":\"Pause\"}")));
        succeeded.apply(new HistoryEvent(2, 1, Instant.EPOCH, "ExecutionSucceeded", null));
        assertThat(succeeded.all().path("Pause").path("status").asText()).isEqualTo("stopped");
    }
}
