package dev.stepcamel.api;

import static dev.stepcamel.api.CallbackFixture.finished;
import static dev.stepcamel.api.CallbackFixture.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code .waitForTaskToken}: the task parks on its token until SendTask* or a timeout ends it. */
@org.junit.jupiter.api.parallel.Execution(ExecutionMode.CONCURRENT) // each test waits on its own executions' timers
class WaitForTaskTokenTest {
    private final CallbackFixture fixture = CallbackFixture.SHARED;

    static String definition(String extra) {
        return """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters":{"FunctionName":"hand-out","Payload":{"token.$":"$$.Task.Token","in.$":"$"}},%s
                  "End":true}}}""".formatted(extra);
    }

    @Test
    void sendTaskSuccessResumesTheTaskWithItsOutput() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("")), "{\"n\":1}");
        String token = fixture.nextToken(e);
        assertThat(e.isRunning()).isTrue();

        fixture.service.sendTaskSuccess(token, "{\"answer\":42}");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("{\"answer\":42}"));
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(CallbackFixture.event(e, "TaskSubmitted").details().get("resource").asText())
                .isEqualTo("invoke.waitForTaskToken");
    }

    @Test
    void anIntegrationThatOnlySendsAMessageGetsTheTokenWaitForFree() throws Exception {
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"Send","States":{"Send":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters":{"QueueUrl":"q","MessageBody":{"Message.$":"$.m","TaskToken.$":"$$.Task.Token","Run.$":"$$.Execution.Id"}},
                  "End":true}}}"""), "{\"m\":\"hello\"}");
        JsonNode message = null;
        while (message == null || !message.path("Run").asText().equals(e.executionArn())) {
            message = fixture.queued.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(message).as("message sent").isNotNull();
        }

        fixture.service.sendTaskSuccess(message.path("TaskToken").asText(), "\"hello back\"");

        assertThat(finished(e).output()).isEqualTo("\"hello back\"");
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(CallbackFixture.event(e, "TaskScheduled").details().get("resource").asText())
                .isEqualTo("sendMessage.waitForTaskToken");
    }

    @Test
    void sendTaskFailureFailsTheTaskWithTheWorkersErrorForCatch() throws Exception {
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters":{"FunctionName":"hand-out","Payload":{"token.$":"$$.Task.Token"}},
                  "Catch":[{"ErrorEquals":["Worker.Refused"],"Next":"Caught"}],"End":true},
                 "Caught":{"Type":"Pass","End":true}}}"""), "{}");

        fixture.service.sendTaskFailure(fixture.nextToken(e), "Worker.Refused", "not today");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("{\"Error\":\"Worker.Refused\",\"Cause\":\"not today\"}"));
        assertThat(types(e)).contains("TaskSubmitted", "TaskFailed", "PassStateEntered");
    }

    @Test
    void anAnswerThatOvertakesTheHandlersReplyStillComesAfterTaskSubmitted() throws Exception {
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters":{"FunctionName":"answer-at-once","Payload":{"token.$":"$$.Task.Token"}},"End":true}}}"""),
                "{}");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.output()).isEqualTo("{\"early\":true}");
        assertThat(types(e)).containsSubsequence("TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void withoutHeartbeatsTheTaskTimesOutAndALateAnswerIsRefused() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("\"HeartbeatSeconds\":1,")), "{}");
        String token = fixture.nextToken(e);

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.Timeout");
        assertThat(types(e)).endsWith("TaskSubmitted", "TaskTimedOut", "ExecutionFailed");
        assertThatThrownBy(() -> fixture.service.sendTaskSuccess(token, "{}"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("TaskTimedOut"));
        assertThatThrownBy(() -> fixture.service.sendTaskHeartbeat(token))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void heartbeatSecondsPathIsReadFromTheStateInput() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("\"HeartbeatSecondsPath\":\"$.beat\",")),
                "{\"beat\":1}");
        fixture.nextToken(e);

        assertThat(finished(e).error()).isEqualTo("States.Timeout");
        assertThat(types(e)).endsWith("TaskTimedOut", "ExecutionFailed");
    }

    @Test
    void catchMayNameAHeartbeatTimeoutStatesHeartbeatTimeout() throws Exception {
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters":{"FunctionName":"hand-out","Payload":{"token.$":"$$.Task.Token"}},"HeartbeatSeconds":1,
                  "Catch":[{"ErrorEquals":["States.HeartbeatTimeout"],"Next":"Caught"}],"End":true},
                 "Caught":{"Type":"Pass","End":true}}}"""), "{}");
        fixture.nextToken(e);

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.output()).isEqualTo("{\"Error\":\"States.Timeout\"}");
        assertThat(types(e)).containsSubsequence("TaskSubmitted", "TaskTimedOut", "PassStateEntered");
    }

    @Test
    void heartbeatsKeepTheTaskAliveUntilTimeoutSecondsEndsIt() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("\"HeartbeatSeconds\":1,\"TimeoutSeconds\":2,")), "{}");
        String token = fixture.nextToken(e);
        long started = System.nanoTime();
        while (e.isRunning() && System.nanoTime() - started < 4_000_000_000L) {
            Thread.sleep(300);
            try {
                fixture.service.sendTaskHeartbeat(token);
            } catch (ApiException closed) {
                break;
            }
        }
        finished(e);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(e.error()).isEqualTo("States.Timeout");
        assertThat(elapsedMillis).as("ended by TimeoutSeconds, not HeartbeatSeconds").isBetween(1_700L, 3_500L);
    }

    @Test
    void eachAttemptAndEachMapIterationGetsItsOwnUnguessableToken() throws Exception {
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                       "Parameters":{"FunctionName":"hand-out","Payload":{"token.$":"$$.Task.Token","item.$":"$"}},
                       "End":true}}}}}}"""), "[1,2,3,4,5,6,7,8,9,10]");
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String token = fixture.nextToken(e);
            assertThat(token).matches("[A-Za-z0-9_-]{64}");
            tokens.add(token);
        }
        for (String token : tokens) {
            fixture.service.sendTaskSuccess(token, "\"done\"");
        }

        assertThat(tokens).hasSize(10);
        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output()).size()).isEqualTo(10);
    }

    @Test
    void stoppingTheExecutionClosesItsToken() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("")), "{}");
        String token = fixture.nextToken(e);
        CallbackFixture.awaitEvent(e, "TaskSubmitted");

        fixture.service.stopExecution(e.executionArn(), "Stopped", "by test");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(types(e)).endsWith("TaskSubmitted", "ExecutionAborted");
        assertThatThrownBy(() -> fixture.service.sendTaskSuccess(token, "{}"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void tokensThatWereNeverIssuedAreRefusedAsAwsRefusesThem() {
        assertThatThrownBy(() -> fixture.service.sendTaskSuccess("x".repeat(64), "{}"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("TaskDoesNotExist"));
        assertThatThrownBy(() -> fixture.service.sendTaskFailure("not-a-token", "E", "C"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("InvalidToken"));
        assertThatThrownBy(() -> fixture.service.sendTaskHeartbeat(""))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("ValidationException"));
    }

    @Test
    void anOutputThatIsNotJsonIsRefusedAndTheTaskKeepsWaiting() throws Exception {
        Execution e = fixture.start(fixture.machine(definition("")), "{}");
        String token = fixture.nextToken(e);

        assertThatThrownBy(() -> fixture.service.sendTaskSuccess(token, "{not json"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("InvalidOutput"));
        fixture.service.sendTaskSuccess(token, "[1]");

        assertThat(finished(e).output()).isEqualTo("[1]");
    }
}
