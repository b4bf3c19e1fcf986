package dev.stepcamel.store;

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

    /** The open callbacks of an execution, oldest first (what a restart must park again). */
    List<PendingCallback> openOf(String executionArn);
}
