package dev.stepcamel.api;

import static dev.stepcamel.api.CallbackFixture.finished;
import static dev.stepcamel.api.CallbackFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code arn:aws:states:::states:startExecution} and its {@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}. */
class NestedExecutionTest {
    private final CallbackFixture fixture = CallbackFixture.SHARED;
    private final String child = fixture.machine("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"Arg1":"argument1"},"End":true}}}""");
    private final String failingChild = fixture.machine("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Child.Broke","Cause":"on purpose"}}}""");

    private Execution parent(String resource, String target, String input) throws Exception {
        String parent = fixture.machine("""
                {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"%s",
                  "Parameters":{"StateMachineArn":"%s","Input":%s,"Name":"kid"},"End":true}}}"""
                .formatted(resource, target, input));
        return finished(fixture.start(parent, "{}"));
    }

    @Test
    void startExecutionAnswersWithTheChildsArnAndStartDate() throws Exception {
        Execution e = parent("arn:aws:states:::states:startExecution", child, "{\"x\":1}");

        JsonNode output = Json.parse(e.output());
        assertThat(output.get("ExecutionArn").asText()).endsWith(":execution:" + child.substring(child.lastIndexOf(':') + 1)
                + ":kid");
        assertThat(output.get("StartDate").isNumber()).isTrue();
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        Execution kid = fixture.service.describeExecution(output.get("ExecutionArn").asText());
        assertThat(kid.awaitCompletion(5000)).isTrue();
        assertThat(kid.input()).isEqualTo("{\"x\":1}");
    }

    @Test
    void syncWaitsForTheChildAndGivesItsOutputAsText() throws Exception {
        Execution e = parent("arn:aws:states:::states:startExecution.sync", child, "null");

        JsonNode output = Json.parse(e.output());
        assertThat(output.get("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(output.get("Input").asText()).isEqualTo("{}");
        assertThat(output.get("Output").asText()).isEqualTo("{\"Arg1\":\"argument1\"}");
        assertThat(output.get("RedriveStatus").asText()).isEqualTo("NOT_REDRIVABLE");
        assertThat(types(e)).containsSubsequence("TaskStarted", "TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void sync2GivesTheChildsInputAndOutputAsJson() throws Exception {
        Execution e = parent("arn:aws:states:::states:startExecution.sync:2", child, "{\"in\":true}");

        JsonNode output = Json.parse(e.output());
        assertThat(output.get("Output")).isEqualTo(Json.parse("{\"Arg1\":\"argument1\"}"));
        assertThat(output.get("Input")).isEqualTo(Json.parse("{\"in\":true}"));
        assertThat(output.has("RedriveCount")).isFalse();
    }

    @Test
    void aFailedChildFailsTheSyncTaskWithTheChildsDescriptionAsCause() throws Exception {
        Execution e = parent("arn:aws:states:::states:startExecution.sync:2", failingChild, "{}");

        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.TaskFailed");
        JsonNode cause = Json.parse(e.cause());
        assertThat(cause.get("Status").asText()).isEqualTo("FAILED");
        assertThat(cause.get("Error").asText()).isEqualTo("Child.Broke");
        assertThat(types(e)).endsWith("TaskSubmitted", "TaskFailed", "ExecutionFailed");
    }

    @Test
    void aMissingStateMachineIsTheIntegrationsError() throws Exception {
        Execution e = parent("arn:aws:states:::states:startExecution", child + "-gone", "{}");

        assertThat(e.error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    }

    @Test
    void waitForTaskTokenChildCarriesTheParentsIdAndAnswersWithTheToken() throws Exception {
        String parent = fixture.machine("""
                {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.waitForTaskToken",
                  "Parameters":{"StateMachineArn":"%s","Input":{"token.$":"$$.Task.Token",
                    "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$":"$$.Execution.Id"}},"End":true}}}""".formatted(child));
        Execution e = fixture.start(parent, "{}");
        Execution kid = awaitChild();

        JsonNode input = Json.parse(kid.input());
        assertThat(input.get("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID").asText()).isEqualTo(e.executionArn());
        fixture.service.sendTaskSuccess(input.get("token").asText(), "{\"child\":\"done\"}");

        assertThat(finished(e).output()).isEqualTo("{\"child\":\"done\"}");
        assertThat(types(e)).containsSubsequence("TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void stoppingTheParentStopsItsSyncChild() throws Exception {
        String waitingChild = fixture.machine("""
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":600,"End":true}}}""");
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
                  "Parameters":{"StateMachineArn":"%s"},"End":true}}}""".formatted(waitingChild)), "{}");
        Execution kid = awaitChild(waitingChild);
        CallbackFixture.awaitEvent(e, "TaskSubmitted");

        fixture.service.stopExecution(e.executionArn(), null, null);

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(finished(kid).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(types(e)).endsWith("TaskSubmitted", "ExecutionAborted");
    }

    private Execution awaitChild() throws Exception {
        return awaitChild(child);
    }

    private Execution awaitChild(String child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var page = fixture.service.listExecutions(child, null, null, 10);
            if (!page.items().isEmpty()) {
                return page.items().get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no child execution started");
    }
}
