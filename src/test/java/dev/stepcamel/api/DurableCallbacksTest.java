package dev.stepcamel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.DurableRuntime;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.StoredActivity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Task tokens and activities on the durable store: what a Task waits on survives a crash (a copy
 * of the data directory taken while the first runtime runs) with the same token, its deadlines
 * and what it was told; a request that carried a token is not sent again.
 */
class DurableCallbacksTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierTokens() {
        DurableApi.HANDED_OUT.clear();
    }

    private static String callback(String extra) {
        return """
                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters": {"FunctionName": "%s", "Payload": {"token.$": "$$.Task.Token"}}%s,
                  "End": true}}}""".formatted(extra.isEmpty() ? "hand-out" : extra.split("\\|")[0],
                extra.contains("|") ? "," + extra.split("\\|", 2)[1] : "");
    }

    @Test
    void aParkedCallbackKeepsItsTokenAcrossACrashAndItsRequestIsNotSentAgain() throws Exception {
        String arn;
        String token;
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            Execution e = first.service.startExecution(first.machine("cb", callback("")), "e", "{}", null);
            arn = e.executionArn();
            token = DurableApi.nextToken();
            DurableApi.awaitCommitted(e, "TaskSubmitted");
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        int handOuts = DurableApi.HAND_OUTS.get();
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(5))) {
            Execution e = second.execution(arn);
            assertThat(e.status()).isEqualTo(ExecutionStatus.RUNNING);

            second.service.sendTaskSuccess(token, "{\"ok\":1}");

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.output()).isEqualTo("{\"ok\":1}");
            assertThat(DurableApi.HAND_OUTS.get()).isEqualTo(handOuts);
            assertThat(DurableApi.types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                    "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
            assertThatThrownBy(() -> second.service.sendTaskSuccess(token, "{}"))
                    .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("TaskTimedOut"));
        }
    }

    @Test
    void callbacksOfMapIterationsEachFindTheirOwnTokenAfterACrash() throws Exception {
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "hand-out", "Payload": {"token.$": "$$.Task.Token",
                      "item.$": "$"}}, "End": true}}}, "End": true}}}""";
        String arn;
        java.util.Set<String> tokens = new java.util.HashSet<>();
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            Execution e = first.service.startExecution(first.machine("map", definition), "e",
                    "{\"items\": [1, 2, 3]}", null);
            arn = e.executionArn();
            for (int i = 0; i < 3; i++) {
                tokens.add(DurableApi.nextToken());
            }
            DurableApi.awaitCommitted(e, "TaskSubmitted", 3);
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        int handOuts = DurableApi.HAND_OUTS.get();
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(5))) {
            Execution e = second.execution(arn);
            int answer = 0;
            for (String token : tokens) {
                second.service.sendTaskSuccess(token, "{\"answer\":" + answer++ + "}");
            }

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(dev.stepcamel.data.Json.parse(e.output())).hasSize(3);
            assertThat(e.output()).contains("{\"answer\":0}", "{\"answer\":1}", "{\"answer\":2}");
            assertThat(DurableApi.HAND_OUTS.get()).isEqualTo(handOuts);
        }
    }

    @Test
    void heartbeatAndTimeoutDeadlinesSurviveACrashAndFireOnTime() throws Exception {
        String definition = callback("hand-out|\"HeartbeatSeconds\": 600, \"TimeoutSeconds\": 3600");
        String arn;
        String token;
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            Execution e = first.service.startExecution(first.machine("hb", definition), "e", "{}", null);
            arn = e.executionArn();
            token = DurableApi.nextToken();
            DurableApi.awaitCommitted(e, "TaskSubmitted");
            first.time.advance(Duration.ofSeconds(500));
            first.service.sendTaskHeartbeat(token); // the heartbeat deadline moves to T0+1100s
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(700))) {
            Execution e = second.execution(arn);
            awaitParked(second, token);
            second.time.advance(Duration.ofSeconds(350)); // T0+1050s: before the heartbeat deadline
            assertThat(e.isRunning()).isTrue();

            second.time.advance(Duration.ofSeconds(60));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(e.error()).isEqualTo("States.Timeout");
            assertThat(DurableApi.types(e)).contains("TaskTimedOut").doesNotContain("TaskFailed");
        }
    }

    @Test
    void aCallbackWhoseRequestMayNotHaveBeenSentIsRetriedAsItsRetrySays() throws Exception {
        String definition = callback("hang|\"Retry\": [{\"ErrorEquals\": [\"Lambda.ServiceException\"],"
                + " \"IntervalSeconds\": 1, \"MaxAttempts\": 1}]");
        String arn;
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            Execution e = first.service.startExecution(first.machine("hang", definition), "e", "{}", null);
            arn = e.executionArn();
            DurableApi.awaitCommitted(e, "TaskStarted");
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(5))) {
            Execution e = second.execution(arn);
            DurableApi.awaitCommitted(e, "TaskFailed");
            assertThat(e.history().snapshot().stream().filter(x -> x.type().equals("TaskFailed")).findFirst()
                    .orElseThrow().details().get("cause").asText()).contains("interrupted by a restart");
            assertThat(e.isRunning()).isTrue(); // its retry waits for the clock
        }
    }

    @Test
    void activitiesAndTheirTasksSurviveACrash() throws Exception {
        String arn;
        String activity;
        String deliveredToken;
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            activity = first.service.createActivity("worker", java.util.Map.of()).arn();
            StoredActivity gone = first.service.createActivity("gone", java.util.Map.of());
            first.service.deleteActivity(gone.arn());
            String machine = first.machine("act", """
                    {"StartAt": "One", "States": {
                      "One": {"Type": "Task", "Resource": "%1$s", "HeartbeatSeconds": 100, "Next": "Two"},
                      "Two": {"Type": "Task", "Resource": "%1$s", "End": true}}}""".formatted(activity));
            Execution e = first.service.startExecution(machine, "e", "{\"n\":1}", null);
            arn = e.executionArn();
            deliveredToken = poll(first, activity).orElseThrow().token();
            DurableApi.awaitCommitted(e, "ActivityStarted");
            first.service.sendTaskSuccess(deliveredToken, "{\"n\":2}");
            DurableApi.awaitCommitted(e, "ActivityScheduled", 2);
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(5))) {
            assertThat(second.service.listActivities(null, 10).items()).extracting(StoredActivity::name)
                    .containsExactly("worker");
            Execution e = second.execution(arn);
            ActivityTask queued = poll(second, activity).orElseThrow(); // scheduled before the crash, taken after
            assertThat(queued.input()).isEqualTo("{\"n\":2}");

            second.service.sendTaskSuccess(queued.token(), "{\"n\":3}");

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.output()).isEqualTo("{\"n\":3}");
            assertThat(DurableApi.types(e)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited",
                    "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded",
                    "TaskStateExited", "ExecutionSucceeded");
            assertThat(poll(second, activity)).isEmpty();
        }
    }

    @Test
    void aDeliveredActivityTaskKeepsItsTokenAndHeartbeatDeadlineAcrossACrash() throws Exception {
        String arn;
        String activity;
        String token;
        try (DurableApi first = new DurableApi(dir.resolve("a"), T0)) {
            activity = first.service.createActivity("worker", java.util.Map.of()).arn();
            String machine = first.machine("act", """
                    {"StartAt": "One", "States": {
                      "One": {"Type": "Task", "Resource": "%s", "HeartbeatSeconds": 100, "End": true}}}"""
                    .formatted(activity));
            Execution e = first.service.startExecution(machine, "e", "{}", null);
            arn = e.executionArn();
            token = poll(first, activity).orElseThrow().token();
            DurableApi.awaitCommitted(e, "ActivityStarted");
            DurableRuntime.snapshot(dir.resolve("a"), dir.resolve("b"));
        }
        try (DurableApi second = new DurableApi(dir.resolve("b"), T0.plusSeconds(50))) {
            Execution e = second.execution(arn);
            awaitParked(second, token);
            assertThat(poll(second, activity)).isEmpty(); // delivered once, before the crash
            second.time.advance(Duration.ofSeconds(40));
            second.service.sendTaskHeartbeat(token);
            second.time.advance(Duration.ofSeconds(90)); // past the first deadline, not the new one
            assertThat(e.isRunning()).isTrue();

            second.time.advance(Duration.ofSeconds(20));

            assertThat(e.awaitCompletion(5_000)).isTrue();
            assertThat(e.error()).isEqualTo("States.Timeout");
            assertThat(DurableApi.types(e)).contains("ActivityTimedOut");
        }
    }

    private static Optional<ActivityTask> poll(DurableApi api, String activity) throws Exception {
        return api.service.getActivityTask(activity, "w").get(5, TimeUnit.SECONDS);
    }

    /** Waits until the resumed Task listens again: a heartbeat is accepted only by an open token. */
    private static void awaitParked(DurableApi api, String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (api.time.pending() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
    }
}
