package dev.stepcamel.api;

import static dev.stepcamel.api.CallbackFixture.finished;
import static dev.stepcamel.api.CallbackFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.StoredActivity;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Callbacks and activities in JSONata states: the token read as {@code $states.context.Task.Token},
 * timeouts given as expressions, and the answer read as {@code $states.result} by Output and Assign.
 */
@org.junit.jupiter.api.parallel.Execution(ExecutionMode.CONCURRENT) // each test waits on its own executions
class JsonataCallbacksTest {
    private final CallbackFixture fixture = CallbackFixture.SHARED;

    private static String waiting(String extra) {
        return """
                {"QueryLanguage":"JSONata","StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Arguments":{"FunctionName":"hand-out",
                                 "Payload":{"token":"{% $states.context.Task.Token %}","in":"{% $states.input %}"}},
                    EXTRA"Next":"Read"},
                  "Read":{"Type":"Pass","Output":{"answer":"{% $answer %}","out":"{% $states.input %}"},"End":true}}}"""
                .replace("EXTRA", extra);
    }

    @Test
    void theTokenComesFromTheContextAndTheAnswerIsTheResultForOutputAndAssign() throws Exception {
        Execution e = fixture.start(fixture.machine(waiting("""
                "Assign":{"answer":"{% $states.result.answer %}"},
                "Output":{"got":"{% $states.result %}","was":"{% $states.input.n %}"},""")), "{\"n\":1}");
        String token = fixture.nextToken(e);
        assertThat(token).matches("[A-Za-z0-9_-]{64}");

        fixture.service.sendTaskSuccess(token, "{\"answer\":42}");

        assertThat(finished(e).status()).as(e.error() + ": " + e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse(
                "{\"answer\":42,\"out\":{\"got\":{\"answer\":42},\"was\":1}}"));
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
        assertThat(CallbackFixture.event(e, "TaskStateExited").details().get("assignedVariables").get("answer")
                .asText()).isEqualTo("42");
        assertThat(Json.parse(CallbackFixture.event(e, "TaskScheduled").details().get("parameters").asText())
                .path("Payload").path("token").asText()).isEqualTo(token);
    }

    @Test
    void heartbeatSecondsGivenAsAnExpressionTimesTheTaskOut() throws Exception {
        Execution e = fixture.start(fixture.machine(waiting("""
                "HeartbeatSeconds":"{% $states.input.beat %}","TimeoutSeconds":"{% $states.input.beat * 60 %}",""")),
                "{\"beat\":1}");
        fixture.nextToken(e);

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.Timeout");
        assertThat(types(e)).endsWith("TaskSubmitted", "TaskTimedOut", "ExecutionFailed");
    }

    @Test
    void timeoutSecondsGivenAsAnExpressionEndsTheWait() throws Exception {
        Execution e = fixture.start(fixture.machine(waiting("""
                "TimeoutSeconds":"{% $states.input.limit %}",
                "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"Late",
                          "Output":{"late":"{% $states.errorOutput.Error %}"},
                          "Assign":{"answer":"{% 'none: ' & $states.errorOutput.Error %}"}}],""")
                .replace("\"End\":true}}}", "\"End\":true},\"Late\":{\"Type\":\"Pass\",\"Next\":\"Read\"}}}")), "{\"limit\":1}");
        fixture.nextToken(e);

        assertThat(finished(e).status()).as(e.error() + ": " + e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse(
                "{\"answer\":\"none: States.Timeout\",\"out\":{\"late\":\"States.Timeout\"}}"));
        assertThat(types(e)).containsSubsequence("TaskSubmitted", "TaskTimedOut", "TaskStateExited",
                "PassStateEntered");
    }

    @Test
    void aTimeoutExpressionThatIsNotAPositiveIntegerFailsTheStateAsAwsDoes() throws Exception {
        Execution e = fixture.start(fixture.machine(waiting("\"HeartbeatSeconds\":\"{% $states.input.beat %}\",")),
                "{\"beat\":\"soon\"}");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(e.cause()).contains("HeartbeatSeconds");
    }

    @Test
    void aSendTaskFailureIsCaughtWithTheErrorOutputInJsonata() throws Exception {
        Execution e = fixture.start(fixture.machine(waiting("""
                "Catch":[{"ErrorEquals":["Worker.Refused"],"Next":"Read",
                          "Output":"{% $states.errorOutput %}",
                          "Assign":{"answer":"{% $states.errorOutput.Cause %}"}}],""")), "{}");

        fixture.service.sendTaskFailure(fixture.nextToken(e), "Worker.Refused", "not today");

        assertThat(finished(e).status()).as(e.error() + ": " + e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse(
                "{\"answer\":\"not today\",\"out\":{\"Error\":\"Worker.Refused\",\"Cause\":\"not today\"}}"));
    }

    @Test
    void anActivityInAJsonataStateGetsItsArgumentsAndItsAnswerIsTheResult() throws Exception {
        StoredActivity activity = fixture.service.createActivity("act-" + UUID.randomUUID(), Map.of());
        Execution e = fixture.start(fixture.machine("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"%s","Arguments":{"job":"{%% $states.input.job * 2 %%}"},
                    "HeartbeatSeconds":"{%% 30 %%}","TimeoutSeconds":"{%% 60 %%}",
                    "Assign":{"done":"{%% $states.result.done %%}"},"Output":"{%% $states.result.done + 1 %%}",
                    "Next":"Read"},
                  "Read":{"Type":"Pass","Output":{"done":"{%% $done %%}","next":"{%% $states.input %%}"},"End":true}}}"""
                .formatted(activity.arn())), "{\"job\":7}");

        ActivityTask task = null;
        for (int attempt = 0; attempt < 20 && task == null; attempt++) {
            Optional<ActivityTask> polled = fixture.service.getActivityTask(activity.arn(), "worker")
                    .get(5, TimeUnit.SECONDS);
            task = polled.orElse(null);
        }
        assertThat(task).as("activity task").isNotNull();
        assertThat(Json.parse(task.input())).isEqualTo(Json.parse("{\"job\":14}"));
        fixture.service.sendTaskSuccess(task.token(), "{\"done\":14}");

        assertThat(finished(e).status()).as(e.error() + ": " + e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("{\"done\":14,\"next\":15}"));
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
                "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
        assertThat(CallbackFixture.event(e, "ActivityScheduled").details().get("heartbeatInSeconds").asLong())
                .isEqualTo(30);
    }
}
