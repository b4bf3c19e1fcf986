package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions resumed from a copy of the data directory taken while they ran (what kill -9
 * leaves), in virtual time: timers end when they would have, nothing completed runs again, and
 * the history is that of an uninterrupted run.
 */
class DurableResumeTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:";

    @TempDir
    Path dir;

    @Test
    void anHourLongWaitTakesNoRealTime() throws Exception {
        try (DurableRuntime runtime = new DurableRuntime(dir.resolve("a"), T0, Map.of())) {
            DeployedMachine m = runtime.deploy("hour", """
                    {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""");
            Execution e = runtime.start(m, "e", "{}");
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 1);

            runtime.time.advance(Duration.ofMinutes(59));
            assertThat(e.isRunning()).isTrue();
            runtime.time.advance(Duration.ofMinutes(1));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(e.stopDate()).isEqualTo(T0.plusSeconds(3600));
        }
    }

    @Test
    void aSevenDayWaitSurvivesARestartAndEndsOnTime() throws Exception {
        String definition = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 604800, "Next": "P"},
                  "P": {"Type": "Pass", "End": true}}}""";
        Path copy;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of())) {
            Execution e = first.start(first.deploy("week", definition), "e", "{\"a\":1}");
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 1);
            copy = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(copy, T0.plus(Duration.ofDays(3)), Map.of())) {
            Execution e = second.find("e", "week");
            second.time.awaitPending(1);
            assertThat(second.time.dueTimes()).containsExactly(T0.plus(Duration.ofDays(7)));
            second.time.advance(Duration.ofDays(4).minusMillis(1));
            assertThat(e.isRunning()).isTrue();
            second.time.advance(Duration.ofMillis(1));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.output()).isEqualTo("{\"a\":1}");
            assertThat(DurableRuntime.types(e)).containsExactly("ExecutionStarted", "WaitStateEntered",
                    "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        }
    }

    @Test
    void aCallInterruptedByACrashIsRetriedAsItsRetrySays() throws Exception {
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "%swork",
                  "Parameters": {"key": "interrupted"},
                  "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 60, "MaxAttempts": 2}],
                  "End": true}}}""".formatted(FUNCTION);
        Path copy;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of("work", "direct:hang"))) {
            Execution e = first.start(first.deploy("call", definition), "e", "{}");
            DurableRuntime.awaitEvents(e, "LambdaFunctionStarted", 1);
            copy = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(copy, T0.plusSeconds(5), Map.of("work", "direct:count"))) {
            Execution e = second.find("e", "call");
            DurableRuntime.awaitEvents(e, "LambdaFunctionFailed", 1);
            assertThat(DurableRuntime.calls("interrupted")).isZero();
            second.time.advance(Duration.ofSeconds(60));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(DurableRuntime.calls("interrupted")).isEqualTo(1);
            assertThat(DurableRuntime.types(e)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited",
                    "ExecutionSucceeded");
            assertThat(e.history().snapshot().get(4).details().get("cause").asText())
                    .contains("interrupted by a restart");
        }
    }

    @Test
    void theExecutionTimeoutSurvivesARestartAndAStopStaysStopped() throws Exception {
        String definition = """
                {"TimeoutSeconds": 7200, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10800,
                  "End": true}}}""";
        Path copy;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of())) {
            DeployedMachine m = first.deploy("limited", definition);
            Execution timed = first.start(m, "timed", "{}");
            Execution stopped = first.start(m, "stopped", "{}");
            DurableRuntime.awaitEvents(timed, "WaitStateEntered", 1);
            DurableRuntime.awaitEvents(stopped, "WaitStateEntered", 1);
            assertThat(first.engine.stop(stopped, "Halt", "by hand")).isTrue();
            assertThat(stopped.awaitCompletion(5_000)).isTrue();
            copy = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(copy, T0.plus(Duration.ofHours(1)), Map.of())) {
            Execution timed = second.find("timed", "limited");
            Execution stopped = second.find("stopped", "limited");
            assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
            assertThat(stopped.error()).isEqualTo("Halt");
            assertThat(second.store.running()).extracting(r -> r.execution().name()).containsExactly("timed");
            second.time.awaitPending(2);
            assertThat(second.time.dueTimes()).containsExactly(T0.plus(Duration.ofHours(2)),
                    T0.plus(Duration.ofHours(3)));
            second.time.advance(Duration.ofHours(1));

            assertThat(timed.awaitCompletion(5_000)).isTrue();
            assertThat(timed.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(timed.stopDate()).isEqualTo(T0.plus(Duration.ofHours(2)));
            assertThat(DurableRuntime.types(timed)).containsExactly("ExecutionStarted", "WaitStateEntered",
                    "ExecutionTimedOut");
        }
    }

    @Test
    void aRetryBackOffSurvivesARestartAndEndsWhenItWould() throws Exception {
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "%swork",
                  "Parameters": {"key": "backoff"},
                  "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3600, "MaxAttempts": 1}],
                  "End": true}}}""".formatted(FUNCTION);
        Path copy;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of("work", "direct:fail"))) {
            Execution e = first.start(first.deploy("backoff", definition), "e", "{}");
            DurableRuntime.awaitEvents(e, "LambdaFunctionFailed", 1);
            copy = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(copy, T0.plusSeconds(600), Map.of("work", "direct:count"))) {
            Execution e = second.find("e", "backoff");
            second.time.awaitPending(1);
            assertThat(second.time.dueTimes()).containsExactly(T0.plusSeconds(3600));
            second.time.advance(Duration.ofSeconds(3000));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(DurableRuntime.calls("backoff")).isEqualTo(1);
            assertThat(DurableRuntime.types(e)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited",
                    "ExecutionSucceeded");
        }
    }

    @Test
    void aCallWhoseTimeoutRanOutDuringTheOutageTimesOut() throws Exception {
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "%swork", "TimeoutSeconds": 30,
                  "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Late"}], "End": true},
                  "Late": {"Type": "Pass", "End": true}}}""".formatted(FUNCTION);
        Path copy;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of("work", "direct:hang"))) {
            Execution early = first.start(first.deploy("timeout", definition), "early", "{}");
            DurableRuntime.awaitEvents(early, "LambdaFunctionStarted", 1);
            first.time.advance(Duration.ofSeconds(20));
            Execution late = first.start(first.find("early", "timeout").machine(), "late", "{}");
            DurableRuntime.awaitEvents(late, "LambdaFunctionStarted", 1);
            copy = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableRuntime second = new DurableRuntime(copy, T0.plusSeconds(40), Map.of("work", "direct:count"))) {
            Execution early = second.find("early", "timeout");
            Execution late = second.find("late", "timeout");
            assertThat(early.awaitCompletion(5_000)).isTrue();
            assertThat(DurableRuntime.types(early)).contains("PassStateEntered"); // caught States.Timeout
            assertThat(late.awaitCompletion(5_000)).isTrue();
            assertThat(late.status()).isEqualTo(ExecutionStatus.FAILED); // interrupted, no Retry for it
            assertThat(late.error()).isEqualTo("Lambda.ServiceException");
        }
    }

    @Test
    void mapIterationsAndParallelBranchesResumeWhereEachStood() throws Exception {
        String definition = """
                {"StartAt": "Fan", "States": {
                  "Fan": {"Type": "Map", "ItemsPath": "$.items",
                    "ItemSelector": {"key.$": "States.Format('map{}', $$.Map.Item.Value)"},
                    "ItemProcessor": {"StartAt": "Call", "States": {
                      "Call": {"Type": "Task", "Resource": "%swork", "ResultPath": null, "Next": "Nap"},
                      "Nap": {"Type": "Wait", "Seconds": 3600, "End": true}}},
                    "ResultPath": "$.fan", "Next": "Both"},
                  "Both": {"Type": "Parallel", "ResultPath": "$.both", "End": true, "Branches": [
                    {"StartAt": "B0", "States": {"B0": {"Type": "Wait", "Seconds": 3600, "End": true}}},
                    {"StartAt": "B1", "States": {"B1": {"Type": "Wait", "Seconds": 7200, "End": true}}}]}}}"""
                .formatted(FUNCTION);
        String input = "{\"items\":[1,2,3]}";
        List<String> uninterrupted;
        String expectedOutput;
        try (DurableRuntime plain = new DurableRuntime(dir.resolve("plain"), T0, Map.of("work", "direct:count"))) {
            Execution e = plain.start(plain.deploy("fan", definition), "plain", input.replace("1,2,3", "7,8,9"));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 3);
            plain.time.advance(Duration.ofHours(1));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 5);
            plain.time.advance(Duration.ofHours(2));
            assertThat(e.awaitCompletion(5_000)).isTrue();
            uninterrupted = sorted(DurableRuntime.types(e));
            expectedOutput = e.output().replace("7,8,9", "1,2,3").replace("map7", "map1").replace("map8", "map2")
                    .replace("map9", "map3");
        }
        Path afterMapCalls;
        Path inParallel;
        try (DurableRuntime first = new DurableRuntime(dir.resolve("a"), T0, Map.of("work", "direct:count"))) {
            Execution e = first.start(first.deploy("fan", definition), "e", input);
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 3);
            afterMapCalls = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
            first.time.advance(Duration.ofHours(1));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 5);
            first.time.advance(Duration.ofHours(1)); // branch 0 ends, branch 1 still waits
            DurableRuntime.awaitCommitOf(e);
            inParallel = DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("c"));
        }
        assertThat(List.of(DurableRuntime.calls("map1"), DurableRuntime.calls("map2"), DurableRuntime.calls("map3")))
                .containsOnly(1);

        try (DurableRuntime second = new DurableRuntime(afterMapCalls, T0.plusSeconds(10), Map.of("work",
                "direct:count"))) {
            Execution e = second.find("e", "fan");
            second.time.awaitPending(3);
            second.time.advance(Duration.ofHours(1));
            DurableRuntime.awaitEvents(e, "WaitStateEntered", 5);
            second.time.advance(Duration.ofHours(2));
            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.output()).isEqualTo(expectedOutput);
            assertThat(sorted(DurableRuntime.types(e))).isEqualTo(uninterrupted);
        }
        assertThat(DurableRuntime.calls("map1")).isEqualTo(1); // no completed call ran again

        try (DurableRuntime third = new DurableRuntime(inParallel, T0.plus(Duration.ofHours(2)), Map.of("work",
                "direct:count"))) {
            Execution e = third.find("e", "fan");
            third.time.awaitPending(1);
            assertThat(third.time.dueTimes()).containsExactly(T0.plus(Duration.ofHours(3)));
            third.time.advance(Duration.ofHours(1));
            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.output()).isEqualTo(expectedOutput);
            assertThat(sorted(DurableRuntime.types(e))).isEqualTo(uninterrupted);
        }
    }

    private static List<String> sorted(List<String> types) {
        List<String> copy = new ArrayList<>(types);
        copy.sort(null);
        return copy;
    }
}
