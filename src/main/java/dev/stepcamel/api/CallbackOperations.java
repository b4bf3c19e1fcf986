package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepcamel.compile.CallbackListener;
import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.TokenAnswer;
import dev.stepcamel.compile.TokenPlace;
import dev.stepcamel.compile.TaskCallbacks;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonSize;
import dev.stepcamel.store.ActivityStore;
import dev.stepcamel.store.CallbackStore;
import dev.stepcamel.store.PendingCallback;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callback aggregator: tasks park under their token ({@link TaskCallbacks}), and
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat are correlated to them by token. The
 * {@link CallbackStore} keeps which tokens are awaited and closed; the parked routes themselves
 * (listeners) live in memory.
 */
public final class CallbackOperations implements TaskCallbacks {
    private final CallbackStore store;
    private final ActivityOperations activities;
    private final Clock clock;
    private volatile java.util.function.Predicate<String> ended = arn -> false;
    private final TaskTokens tokens = new TaskTokens();
    private final Map<String, CallbackListener> parked = new ConcurrentHashMap<>();
    // What reached a token read back after a restart before its Task parked again, to tell it then.
    private final Map<String, java.util.List<java.util.function.Consumer<CallbackListener>>> early =
            new ConcurrentHashMap<>();

    /** Build it before the engine (whose routes park here), then hand it to {@link StepFunctionsService}. */
    public CallbackOperations(CallbackStore store, ActivityStore activityStore, ApiSettings settings, Clock clock) {
        this.store = store;
        this.activities = new ActivityOperations(activityStore, new Arns(settings), clock,
                settings.activityPollTimeout());
        this.clock = clock;
        // A queued activity task goes to no worker once its execution has ended, even before the
        // execution's end has reached the task itself and closed its token.
        activities.onDelivered(this::started, token -> store.find(token)
                .map(p -> p.open() && !ended.test(p.executionArn())).orElse(false));
    }

    /** Tells which executions have ended, so that their queued activity tasks are handed to no one. */
    void endedExecutions(java.util.function.Predicate<String> ended) {
        this.ended = ended;
    }

    @Override
    public String newToken() {
        return tokens.next();
    }

    @Override
    public void await(String token, String executionArn, String stateName, CallbackListener listener) {
        await(token, executionArn, stateName, null, listener);
    }

    @Override
    public void await(String token, String executionArn, String stateName, TokenPlace place,
            CallbackListener listener) {
        parked.put(token, listener);
        store.open(new PendingCallback(token, executionArn, stateName, clock.instant(), true), place);
    }

    @Override
    public void submitted(String token) {
        store.submitted(token);
    }

    @Override
    public Optional<RecoveredToken> recovered(String executionArn, TokenPlace place) {
        return store.recovered(executionArn, place);
    }

    @Override
    public Optional<TokenAnswer> reattach(String token, CallbackListener listener) {
        java.util.List<java.util.function.Consumer<CallbackListener>> missed;
        synchronized (early) {
            parked.put(token, listener);
            missed = early.remove(token);
        }
        if (missed != null) {
            missed.forEach(event -> event.accept(listener));
        }
        Optional<TokenAnswer> since = store.answerSinceRecovery(token);
        if (!store.find(token).map(PendingCallback::open).orElse(false)) {
            parked.remove(token); // answered already: the task resumes with that answer
        }
        return since;
    }

    @Override
    public boolean close(String token) {
        return close(token, null);
    }

    @Override
    public boolean close(String token, TokenAnswer answer) {
        if (store.close(token, answer)) {
            parked.remove(token);
            return true;
        }
        return false;
    }

    @Override
    public boolean activityExists(String activityArn) {
        return activities.exists(activityArn);
    }

    @Override
    public void scheduleActivityTask(String activityArn, String token, String input) {
        activities.schedule(activityArn, token, input);
    }

    ActivityOperations activities() {
        return activities;
    }

    void sendSuccess(String token, String output) {
        requireOutput(output);
        CallbackListener listener = closeForAnswer(token, TokenAnswer.success(output));
        if (listener != null) {
            listener.succeeded(output);
        }
    }

    void sendFailure(String token, String error, String cause) {
        limit("error", error, ExecutionOperations.MAX_ERROR);
        limit("cause", cause, ExecutionOperations.MAX_CAUSE);
        CallbackListener listener = closeForAnswer(token, TokenAnswer.failure(error, cause));
        if (listener != null) {
            listener.failed(error, cause);
        }
    }

    void sendHeartbeat(String token) {
        PendingCallback callback = require(token);
        if (!callback.open()) {
            throw Errors.taskTimedOut();
        }
        store.beat(token, clock.instant());
        store.flush(); // acknowledged once a restart would keep the new deadline
        tell(token, CallbackListener::heartbeat);
    }

    private void started(String token, String workerName) {
        store.beat(token, clock.instant());
        tell(token, listener -> listener.started(workerName));
    }

    /** Tells the token's parked Task, or keeps it for when a Task read back after a restart parks again. */
    private void tell(String token, java.util.function.Consumer<CallbackListener> event) {
        CallbackListener listener = parked.get(token);
        if (listener == null) {
            synchronized (early) {
                listener = parked.get(token);
                if (listener == null) {
                    if (store.find(token).map(PendingCallback::open).orElse(false)) {
                        early.computeIfAbsent(token, t -> new java.util.ArrayList<>()).add(event);
                    }
                    return;
                }
            }
        }
        event.accept(listener);
    }

    private CallbackListener closeForAnswer(String token, TokenAnswer answer) {
        require(token);
        if (!store.close(token, answer)) {
            throw Errors.taskTimedOut();
        }
        store.flush(); // the answer is acknowledged once a restart would still hand it to the task
        return parked.remove(token);
    }

    private PendingCallback require(String token) {
        return store.find(TaskTokens.require(token)).orElseThrow(Errors::taskDoesNotExist);
    }

    private static void requireOutput(String output) {
        if (output == null) {
            throw ApiException.validation("null", "output", "not be null");
        }
        if (output.length() > JsonSize.PAYLOAD_LIMIT_BYTES) {
            throw ApiException.validation("'" + output.substring(0, 32) + "...'", "output",
                    "have length less than or equal to " + JsonSize.PAYLOAD_LIMIT_BYTES);
        }
        try {
            Json.parse(output);
        } catch (JsonProcessingException e) {
            throw Errors.invalidOutput("Invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static void limit(String member, String text, int most) {
        if (text != null && text.length() > most) {
            throw ApiException.validation("'" + text + "'", member, "have length less than or equal to " + most);
        }
    }
}
