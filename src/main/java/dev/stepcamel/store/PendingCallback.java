package dev.stepcamel.store;

import java.time.Instant;

/**
 * A task token handed out by a Task that waits ({@code .waitForTaskToken} or an activity): which
 * execution and state wait for it, and whether it still accepts an answer.
 */
public record PendingCallback(String token, String executionArn, String stateName, Instant openedAt, boolean open) {

    PendingCallback closed() {
        return new PendingCallback(token, executionArn, stateName, openedAt, false);
    }
}
