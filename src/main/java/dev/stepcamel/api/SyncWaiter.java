package dev.stepcamel.api;

import dev.stepcamel.runtime.Execution;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Completes when a synchronous Express execution ends, without a thread waiting for it; an
 * execution still running at the limit is timed out, as AWS does after five minutes.
 */
final class SyncWaiter {
    private final ExecutionOperations executions;
    private final Duration limit;

    SyncWaiter(ExecutionOperations executions, Duration limit) {
        this.executions = executions;
        this.limit = limit;
    }

    CompletableFuture<Execution> whenEnded(Execution execution) {
        CompletableFuture<Execution> ended = new CompletableFuture<>();
        execution.whenComplete(() -> ended.complete(execution));
        return ended.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).exceptionally(failure -> {
            if (failure instanceof TimeoutException) {
                executions.timeOut(execution);
            }
            return execution;
        });
    }

    void close() {
        // Nothing to release: waiting is done by completion callbacks.
    }
}
