package dev.stepcamel.store;

import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.TokenAnswer;
import dev.stepcamel.compile.TokenPlace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The task tokens Tasks wait for, keyed by token: the correlation side of the callback
 * aggregator. Closing a token is the one decision every answer, timeout and stop races for, so
 * implementations make {@link #close} atomic. Closed tokens are remembered, so a late answer is
 * told the task is over rather than that it never existed.
 */
public interface CallbackStore {

    /** Records that {@code callback.token()} is awaited (an open callback). */
    void open(PendingCallback callback);

    Optional<PendingCallback> find(String token);

    /** Closes an open token; {@code true} only for the one call that closed it. */
    boolean close(String token);

    /**
     * Opens a token of a durable execution with where it waits ({@code null} for executions in
     * memory): a durable store keeps it so that {@link #recovered} finds it after a restart.
     */
    default void open(PendingCallback callback, TokenPlace place) {
        open(callback);
    }

    /** The request carrying the token was sent (or the activity task queued). */
    default void submitted(String token) {
    }

    /** A heartbeat (or a worker taking an activity task) at {@code at}: the heartbeat clock starts again. */
    default void beat(String token, Instant at) {
    }

    /** {@link #close(String)}, keeping how the token ended so that a restart still hands it to the task. */
    default boolean close(String token, TokenAnswer answer) {
        return close(token);
    }

    /** The token a task of a running execution waited on at {@code place} when the store was opened, once. */
    default Optional<RecoveredToken> recovered(String executionArn, TokenPlace place) {
        return Optional.empty();
    }

    /**
     * For a token {@link #recovered} handed out: the answer that closed it since the store was
     * opened, if one did; from this call on the token is answered like any other.
     */
    default Optional<TokenAnswer> answerSinceRecovery(String token) {
        return Optional.empty();
    }

    /** Returns once every change so far is durable (at once for a store in memory). */
    default void flush() {
    }

    /** The open callbacks of an execution, oldest first (what a restart must park again). */
    List<PendingCallback> openOf(String executionArn);
}
