package dev.stepcamel.api;

import static dev.stepcamel.api.CallbackFixture.finished;
import static dev.stepcamel.api.CallbackFixture.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.StoredActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Activities: Task states queue work that workers take with GetActivityTask and answer with SendTask*. */
@org.junit.jupiter.api.parallel.Execution(ExecutionMode.CONCURRENT) // each test has its own activity
class ActivityTaskTest {
    private final CallbackFixture fixture = CallbackFixture.SHARED;

    private StoredActivity activity() {
        return fixture.service.createActivity("act-" + UUID.randomUUID(), Map.of());
    }

    private String machine(StoredActivity activity, String extra) {
        return fixture.machine("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%s",%s"End":true}}}"""
                .formatted(activity.arn(), extra));
    }

    private Optional<ActivityTask> poll(StoredActivity activity, String worker) throws Exception {
        return fixture.service.getActivityTask(activity.arn(), worker).get(5, TimeUnit.SECONDS);
    }

    /** Polls again after empty answers, as a worker does (the test poll timeout is short). */
    private ActivityTask pollUntilTask(StoredActivity activity, String worker) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<ActivityTask> task = poll(activity, worker);
            if (task.isPresent()) {
                return task.get();
            }
        }
        throw new AssertionError("no task came");
    }

    @Test
    void aWorkerTakesTheTaskAndItsAnswerIsTheResult() throws Exception {
        StoredActivity activity = activity();
        Execution e = fixture.start(machine(activity, "\"Parameters\":{\"job.$\":\"$.job\"},"), "{\"job\":7}");

        ActivityTask task = pollUntilTask(activity, "worker-1");
        fixture.service.sendTaskSuccess(task.token(), "{\"done\":7}");

        assertThat(task.input()).isEqualTo("{\"job\":7}");
        assertThat(finished(e).output()).isEqualTo("{\"done\":7}");
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
                "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(CallbackFixture.event(e, "ActivityStarted").details().get("workerName").asText())
                .isEqualTo("worker-1");
        assertThat(CallbackFixture.event(e, "ActivityScheduled").details().get("resource").asText())
                .isEqualTo(activity.arn());
    }

    @Test
    void aWorkersFailureIsActivityFailedAndRetryRunsANewTask() throws Exception {
        StoredActivity activity = activity();
        Execution e = fixture.start(machine(activity,
                "\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":1,\"MaxAttempts\":1}],"), "{}");

        ActivityTask first = pollUntilTask(activity, "w");
        fixture.service.sendTaskFailure(first.token(), "Flaky", "once");
        ActivityTask second = pollUntilTask(activity, "w");
        fixture.service.sendTaskSuccess(second.token(), "\"ok\"");

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(types(e)).containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivityFailed",
                "ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
    }

    @Test
    void aStartedTaskWithoutHeartbeatsTimesOut() throws Exception {
        StoredActivity activity = activity();
        Execution e = fixture.start(machine(activity, "\"HeartbeatSeconds\":1,"), "{}");

        pollUntilTask(activity, "silent");

        assertThat(finished(e).error()).isEqualTo("States.Timeout");
        assertThat(types(e)).endsWith("ActivityStarted", "ActivityTimedOut", "ExecutionFailed");
    }

    @Test
    void aTaskOnADeletedActivityFailsTheExecution() throws Exception {
        StoredActivity activity = activity();
        String machine = machine(activity, "");
        fixture.service.deleteActivity(activity.arn());

        Execution e = finished(fixture.start(machine, "{}"));

        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).isEqualTo("An error occurred while executing the state 'A' (entered at the event id #2)."
                + " The activity " + activity.arn() + " does not exist.");
        assertThat(types(e)).containsExactly("ExecutionStarted", "TaskStateEntered", "ExecutionFailed");
    }

    @Test
    void manyWaitingPollersReceiveEachTaskExactlyOnce() throws Exception {
        StoredActivity activity = activity();
        List<CompletableFuture<Optional<ActivityTask>>> polls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            polls.add(fixture.service.getActivityTask(activity.arn(), "w" + i));
        }
        String machine = machine(activity, "");
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            executions.add(fixture.start(machine, "{\"i\":" + i + "}"));
        }
        List<String> delivered = new ArrayList<>();
        for (int round = 0; round < 20 && delivered.size() < 20; round++) {
            List<CompletableFuture<Optional<ActivityTask>>> again = new ArrayList<>();
            for (var poll : polls) {
                poll.get(5, TimeUnit.SECONDS).ifPresentOrElse(t -> delivered.add(t.token()),
                        () -> again.add(fixture.service.getActivityTask(activity.arn(), "again")));
            }
            polls = again; // a poller the short test poll timeout answered empty asks again, as workers do
        }
        for (String token : delivered) {
            fixture.service.sendTaskSuccess(token, "{}");
        }

        assertThat(delivered).hasSize(20).doesNotHaveDuplicates();
        for (Execution e : executions) {
            assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
        assertThat(poll(activity, "late")).as("nothing is left to deliver twice").isEmpty();
    }

    @Test
    void aQueuedTaskOfAStoppedExecutionIsNotHandedOut() throws Exception {
        StoredActivity activity = activity();
        Execution e = fixture.start(machine(activity, ""), "{}");
        CallbackFixture.awaitEvent(e, "ActivityScheduled");

        fixture.service.stopExecution(e.executionArn(), null, null);

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(poll(activity, "late")).isEmpty();
    }

    @Test
    void deletingAnActivityAnswersItsWaitingWorkersAtOnce() throws Exception {
        StoredActivity activity = activity();
        CompletableFuture<Optional<ActivityTask>> waiting = fixture.service.getActivityTask(activity.arn(), "w");

        fixture.service.deleteActivity(activity.arn());

        assertThat(waiting.get(100, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void aPollWithNothingToDoAnswersEmptyAfterThePollTimeout() throws Exception {
        long started = System.nanoTime();

        assertThat(poll(activity(), "idle")).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(250);
    }

    @Test
    void activitiesAreCreatedIdempotentlyDescribedListedAndDeleted() {
        String name = "crud-" + UUID.randomUUID();
        StoredActivity created = fixture.service.createActivity(name, Map.of());

        assertThat(fixture.service.createActivity(name, Map.of())).isEqualTo(created);
        assertThat(created.arn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:" + name);
        assertThat(fixture.service.describeActivity(created.arn())).isEqualTo(created);
        assertThat(fixture.service.listActivities(null, 1000).items()).contains(created);
        fixture.service.tagResource(created.arn(), Map.of("team", "ops"));
        assertThat(fixture.service.listTagsForResource(created.arn())).containsEntry("team", "ops");
        fixture.service.deleteActivity(created.arn());
        assertThatThrownBy(() -> fixture.service.describeActivity(created.arn()))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("ActivityDoesNotExist"));
        assertThatThrownBy(() -> fixture.service.getActivityTask(created.arn(), "w"))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("ActivityDoesNotExist"));
        assertThatThrownBy(() -> fixture.service.createActivity("bad name", Map.of()))
                .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.type()).isEqualTo("InvalidName"));
    }
}
