package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow variables survive a restart: resumed from copies of the data directory taken while the
 * execution waited at the top level, inside Map iterations and inside Parallel branches (what
 * kill -9 leaves), each frame reads the variables it had, its own and its parents'.
 */
class DurableVariablesTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static final String DEFINITION = """
            {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Assign": {"top": "{% $states.input.seed %}", "counter": 1}, "Next": "Fan"},
              "Fan": {"Type": "Map", "Items": "{% [1, 2] %}",
                "ItemProcessor": {"StartAt": "Mark", "States": {
                  "Mark": {"Type": "Pass", "Assign": {"inner": "{% 'item' & $states.input %}"}, "Next": "Nap"},
                  "Nap": {"Type": "Wait", "Seconds": 3600, "Next": "Read"},
                  "Read": {"Type": "Pass", "Output": "{% $top & '/' & $inner & '/' & $counter %}", "End": true}}},
                "Assign": {"fan": "{% $states.result %}", "counter": "{% $counter + 1 %}"}, "Next": "Both"},
              "Both": {"Type": "Parallel", "Branches": [
                  {"StartAt": "B0", "States": {
                    "B0": {"Type": "Pass", "Assign": {"branch": "b0"}, "Next": "B0Nap"},
                    "B0Nap": {"Type": "Wait", "Seconds": 3600, "Next": "B0Read"},
                    "B0Read": {"Type": "Pass", "Output": "{% $branch & '/' & $counter %}", "End": true}}},
                  {"StartAt": "B1", "States": {
                    "B1": {"Type": "Pass", "Assign": {"branch": "b1"}, "Next": "B1Nap"},
                    "B1Nap": {"Type": "Wait", "Seconds": 7200, "Next": "B1Read"},
                    "B1Read": {"Type": "Pass", "Output": "{% $branch & '/' & $counter %}", "End": true}}}],
                "Assign": {"both": "{% $states.result %}", "counter": "{% $counter + 1 %}"}, "Next": "Rest"},
              "Rest": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
              "Done": {"Type": "Pass", "End": true,
                "Output": "{% {'top': $top, 'counter': $counter, 'fan': $fan, 'both': $both} %}"}}}""";

    private static final String EXPECTED = """
            {"top":"s","counter":3,"fan":["s/item1/1","s/item2/1"],"both":["b0/2","b1/2"]}""";

    @TempDir
    Path dir;

    @Test
    void variablesOfEveryFrameAreIntactAfterARestart() throws Exception {
        Path inMap;
        Path inParallel;
        Path atTop;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of())) {
            Execution e = first.start(first.deploy("vars", DEFINITION), "e", "{\"seed\":\"s\"}");
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 2); // both iterations assigned $inner and wait
            inMap = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("map"));
            first.time.advance(Duration.ofHours(1));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 4);
            first.time.advance(Duration.ofHours(1)); // branch 0 ends, branch 1 (with its $branch) still waits
            DurableRuntime.awaitCommitOf(e);
            inParallel = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("par"));
            first.time.advance(Duration.ofHours(1));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 5);
            atTop = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("top"));
            first.time.advance(Duration.ofHours(1));
            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(Json.parse(e.output())).isEqualTo(Json.parse(EXPECTED)); // uninterrupted
        }

        assertResumedOutput(inMap, T0.plusSeconds(60));
        assertResumedOutput(inParallel, T0.plus(Duration.ofHours(2)));
        assertResumedOutput(atTop, T0.plus(Duration.ofHours(3)));
    }

    @Test
    void assignedVariablesAreRestoredFromJsonPathStatesAndCatchersToo() throws Exception {
        String definition = """
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"n.$": "$.n", "list": [1, 2]}, "Next": "Guard"},
                  "Guard": {"Type": "Parallel", "Branches": [
                    {"StartAt": "Throw", "States": {"Throw": {"Type": "Fail", "Error": "Boom"}}}],
                    "Catch": [{"ErrorEquals": ["Boom"], "Assign": {"caught.$": "$.Error"}, "Next": "Rest"}],
                    "End": true},
                  "Rest": {"Type": "Wait", "Seconds": 60, "Next": "Read"},
                  "Read": {"Type": "Pass", "Parameters": {"n.$": "$n", "list.$": "$list", "caught.$": "$caught"},
                    "End": true}}}""";
        Path waiting;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of())) {
            Execution e = first.start(first.deploy("caught", definition), "e", "{\"n\":41}");
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 1);
            waiting = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(waiting, T0.plusSeconds(10), Map.of())) {
            Execution e = second.find("e", "caught");
            second.time.awaitPending(1);
            second.time.advance(Duration.ofSeconds(60));
            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(Json.parse(e.output()))
                    .isEqualTo(Json.parse("{\"n\":41,\"list\":[1,2],\"caught\":\"Boom\"}"));
        }
    }

    /** Waits until the execution waits for a timer (true) or has ended (false). */
    private static boolean awaitTimerOrEnd(VirtualTime time, Execution e) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (!e.isRunning()) {
                return false;
            }
            if (time.pending() > 0) {
                return true;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("neither a timer nor the end: " + DurableRuntime.types(e));
    }

    /** Resumes the copy at {@code now}, moves time on an hour at a time until it ends, checks the output. */
    private static void assertResumedOutput(Path copy, Instant now) throws Exception {
        try (DurableRuntime resumed = new DurableRuntime(copy, now, Map.of())) {
            Execution e = resumed.find("e", "vars");
            for (int hour = 0; hour < 6 && awaitTimerOrEnd(resumed.time, e); hour++) {
                Thread.sleep(30); // let timers of other frames woken at the same time be set too
                resumed.time.advance(Duration.ofHours(1));
            }
            assertThat(e.awaitCompletion(5_000)).as("resumed from %s", copy.getFileName()).isTrue();
            assertThat(e.status()).as("%s: %s %s", copy.getFileName(), e.error(), e.cause())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            JsonNode output = Json.parse(e.output());
            assertThat(output).as("resumed from %s", copy.getFileName()).isEqualTo(Json.parse(EXPECTED));
        }
    }
}
