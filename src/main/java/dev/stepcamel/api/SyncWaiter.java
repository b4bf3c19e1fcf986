package dev.stepcamel.api;

import dev.stepcamel.runtime.Execution;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Waits for synchronous Express executions on its own daemon threads, so no HTTP thread blocks;
 * an execution still running at the limit is timed out, as AWS does after five minutes.
 */
final class SyncWaiter {
    private final ExecutionOperations executions;
    private final Duration limit;
    private final ExecutorService waiters = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stepcamel-sync-wait");
        t.setDaemon(true);
        return t;
    });

    SyncWaiter(ExecutionOperations executions, Duration limit) {
        this.executions = executions;
        this.limit = limit;
    }

    CompletableFuture<Execution> whenEnded(Execution execution) {
        return CompletableFuture.supplyAsync(() -> awaitEnd(execution), waiters);
    }

    private Execution awaitEnd(Execution execution) {
        try {
            if (!execution.awaitCompletion(limit.toMillis())) {
                executions.timeOut(execution);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executions.timeOut(execution);
        }
        return execution;
    }

    void close() {
        waiters.shutdownNow();
        try {
            waiters.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
