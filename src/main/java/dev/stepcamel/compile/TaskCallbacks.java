package dev.stepcamel.compile;

/**
 * Where a Task that waits for an answer from outside parks: {@code .waitForTaskToken} callbacks
 * and activities. Implemented outside the compiler (the API answers SendTaskSuccess and
 * GetActivityTask); the routes only issue tokens, park and unpark.
 */
public interface TaskCallbacks {

    /** A fresh, unguessable task token. */
    String newToken();

    /**
     * Parks a task under {@code token}: the listener hears the worker's answers (at most one
     * success or failure) until the token is closed.
     */
    void await(String token, String executionArn, String stateName, CallbackListener listener);

    /**
     * Parks a task of a durable execution under {@code token}, kept with its {@code place} so
     * that a restart can park it again ({@code place} is {@code null} for executions in memory).
     */
    default void await(String token, String executionArn, String stateName, TokenPlace place,
            CallbackListener listener) {
        await(token, executionArn, stateName, listener);
    }

    /** The request that hands the token out was sent, or the activity task queued: a restart must not send it again. */
    default void submitted(String token) {
    }

    /** Closes the token with how it ended, kept so that a restart still sees the answer; see {@link #close(String)}. */
    default boolean close(String token, TokenAnswer answer) {
        return close(token);
    }

    /** The token a Task of the execution waited on at {@code place} before a restart, if a durable store kept one. */
    default java.util.Optional<RecoveredToken> recovered(String executionArn, TokenPlace place) {
        return java.util.Optional.empty();
    }

    /**
     * Lets {@code listener}, a Task resumed after a restart, hear the answers to a recovered
     * token; returns the answer that closed the token since the restart but before this call.
     */
    default java.util.Optional<TokenAnswer> reattach(String token, CallbackListener listener) {
        return java.util.Optional.empty();
    }

    /**
     * Closes the token so no answer is accepted any more; {@code true} only for the one caller
     * that closed it (an answer, a timeout or the execution's end race for this).
     */
    boolean close(String token);

    /** Whether the activity exists (a Task naming a deleted activity fails). */
    boolean activityExists(String activityArn);

    /** Queues the task for the activity's workers; the first GetActivityTask to ask receives it, once. */
    void scheduleActivityTask(String activityArn, String token, String input);

    /** For engines without callbacks: every such Task fails with States.Runtime. */
    TaskCallbacks NONE = new TaskCallbacks() {
        @Override
        public String newToken() {
            throw new IllegalStateException("callbacks are not available in this runtime");
        }

        @Override
        public void await(String token, String executionArn, String stateName, CallbackListener listener) {
            throw new IllegalStateException("callbacks are not available in this runtime");
        }

        @Override
        public boolean close(String token) {
            return false;
        }

        @Override
        public boolean activityExists(String activityArn) {
            return false;
        }

        @Override
        public void scheduleActivityTask(String activityArn, String token, String input) {
            throw new IllegalStateException("activities are not available in this runtime");
        }
    };
}
