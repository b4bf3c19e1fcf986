package dev.stepcamel.compile.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.asl.errors.HeartbeatTimeout;
import dev.stepcamel.compile.CallbackListener;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.compile.TokenAnswer;
import dev.stepcamel.compile.TokenPlace;
import dev.stepcamel.compile.TaskCallbacks;
import dev.stepcamel.data.Json;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * A Task parked on its token: the exchange and its routing callback are kept, no thread waits.
 * It resumes on a worker when the answer comes (SendTaskSuccess/Failure), when TimeoutSeconds or
 * HeartbeatSeconds pass ({@code States.Timeout}), or when the execution ends. Closing the token
 * decides which of these wins, so the task resumes exactly once.
 */
final class ParkedTask implements CallbackListener {
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final TaskCallbacks callbacks;
    private final String token;
    private final long heartbeatMillis;
    private final Consumer<String> onStarted;
    private final ExecutionRun run;
    private final AtomicBoolean resumed = new AtomicBoolean();
    private final AtomicLong beats = new AtomicLong();
    // Two things must happen before the route goes on: an outcome, and the request's submission
    // (an answer may overtake the reply of the call that handed the token out).
    private final AtomicInteger gate = new AtomicInteger(2);
    private volatile AslException failure;
    // Timers and the execution-end listener reach the task through this, cleared on resume, so a
    // long TimeoutSeconds timer or a long execution does not keep an answered task's exchange alive.
    private final AtomicReference<ParkedTask> reachable = new AtomicReference<>(this);

    /**
     * @param heartbeatMillis 0 for none
     * @param onStarted records that a worker took the task (activities), given the worker's name
     */
    ParkedTask(Exchange exchange, AsyncCallback callback, TaskCallbacks callbacks, String token,
            long heartbeatMillis, Consumer<String> onStarted) {
        this.exchange = exchange;
        this.callback = callback;
        this.callbacks = callbacks;
        this.token = token;
        this.heartbeatMillis = heartbeatMillis;
        this.onStarted = onStarted;
        this.run = Steps.run(exchange);
    }

    /**
     * Parks the task. {@code timeoutMillis} (0 for none) counts from now; the heartbeat clock
     * starts now too unless it waits for a worker to start the task.
     */
    void park(String stateName, long timeoutMillis, boolean heartbeatFromStart) {
        java.time.Instant now = run.services().clock().instant();
        java.time.Instant timeoutDue = timeoutMillis > 0 ? now.plusMillis(timeoutMillis) : null;
        callbacks.await(token, executionArn(), stateName, place(exchange, timeoutDue, heartbeatMillis,
                heartbeatFromStart), this);
        watch(timeoutDue, heartbeatFromStart && heartbeatMillis > 0 ? now.plusMillis(heartbeatMillis) : null);
    }

    /**
     * Parks the task again after a restart, under the token it had, with the deadlines it had;
     * a token answered (or timed out) before the restart resumes the task at once.
     */
    void repark(RecoveredToken recovered) {
        java.util.Optional<TokenAnswer> since = callbacks.reattach(token, this);
        watch(recovered.timeoutDue(), recovered.heartbeatDue());
        TokenAnswer answer = recovered.answer() != null ? recovered.answer() : since.orElse(null);
        if (answer == null) {
            return;
        }
        if (answer.succeeded()) {
            succeeded(answer.output());
        } else if (ErrorNames.HEARTBEAT_TIMEOUT.equals(answer.error())) {
            resume(new HeartbeatTimeout());
        } else {
            failed(answer.error(), answer.cause());
        }
    }

    private void watch(java.time.Instant timeoutDue, java.time.Instant heartbeatDue) {
        AtomicReference<ParkedTask> task = reachable;
        if (timeoutDue != null) {
            run.services().scheduleAt(timeoutDue, () -> expire(task, 0, new AslException(ErrorNames.TIMEOUT, null)));
        }
        if (heartbeatDue != null) {
            long beat = beats.incrementAndGet();
            run.services().scheduleAt(heartbeatDue, () -> expire(task, beat, new HeartbeatTimeout()));
        }
        run.whenEnded(() -> expire(task, 0, AslException.runtime("The execution ended while the task waited.")));
    }

    /** Where the task waits, for a durable store; {@code null} for executions in memory. */
    static TokenPlace place(Exchange exchange, java.time.Instant timeoutDue, long heartbeatMillis,
            boolean heartbeatFromStart) {
        ExecutionRun run = Steps.run(exchange);
        StateVisit visit = Steps.visit(exchange);
        if (run == null || !run.isDurable() || visit == null) {
            return null;
        }
        return new TokenPlace(Steps.frame(exchange), visit.enteredEventId(), visit.retryCount(), timeoutDue,
                heartbeatMillis, heartbeatFromStart);
    }

    private String executionArn() {
        return run.executionContext().path("Id").asText();
    }

    @Override
    public void started(String workerName) {
        onStarted.accept(workerName);
        restartHeartbeat();
    }

    @Override
    public void heartbeat() {
        restartHeartbeat();
    }

    private void restartHeartbeat() {
        if (heartbeatMillis <= 0) {
            return;
        }
        long beat = beats.incrementAndGet();
        AtomicReference<ParkedTask> task = reachable;
        run.services().schedule(heartbeatMillis, () -> expire(task, beat, new HeartbeatTimeout()));
    }

    /** Ends the task with {@code error} if it still waits (and, for a heartbeat, no later beat came). */
    private static void expire(AtomicReference<ParkedTask> reachable, long beat, AslException error) {
        ParkedTask task = reachable.get();
        if (task != null && (beat == 0 || task.beats.get() == beat) && task.close(error)) {
            task.resume(error);
        }
    }

    @Override
    public void succeeded(String output) {
        try {
            Steps.setBody(exchange, Json.parse(output));
        } catch (JsonProcessingException e) {
            resume(AslException.runtime("The task output is not valid JSON."));
            return;
        }
        resume(null);
    }

    @Override
    public void failed(String error, String cause) {
        resume(new AslException(error == null ? "" : error, cause));
    }

    /** Closes the token with {@code error}, kept as its answer (a timeout is one; an ended execution needs none). */
    private boolean close(AslException error) {
        String name = error instanceof HeartbeatTimeout ? ErrorNames.HEARTBEAT_TIMEOUT : error.error();
        return callbacks.close(token, TokenAnswer.failure(name, error.cause()));
    }

    /** The request that hands the token out was sent (or there is none); the task may now resume. */
    void submitted() {
        callbacks.submitted(token);
        pass();
    }

    /** The request that hands the token out failed: the task fails with its error unless already answered. */
    void submitFailed(AslException error) {
        if (close(error)) {
            resume(error);
        }
        pass();
    }

    private void resume(AslException error) {
        if (!resumed.compareAndSet(false, true)) {
            return;
        }
        reachable.set(null);
        failure = error;
        pass();
    }

    private void pass() {
        if (gate.decrementAndGet() != 0) {
            return;
        }
        exchange.removeProperty(ExchangeKeys.TASK_TOKEN);
        if (failure != null) {
            exchange.setException(failure);
        }
        // Answers arrive on the API's threads; the execution goes on on a worker.
        run.services().workers().execute(() -> callback.done(false));
    }
}
