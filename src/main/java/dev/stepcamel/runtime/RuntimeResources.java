package dev.stepcamel.runtime;

import dev.stepcamel.compile.RuntimeServices;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The threads every execution shares: a fixed worker pool (Parallel branches, Map iterations,
 * resumed waits) and a single timer thread that only hands due work to the workers.
 */
public final class RuntimeResources implements RuntimeServices, AutoCloseable {
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final Timer timer;

    public RuntimeResources(Clock clock, int workerThreads) {
        this(clock, new SystemTimer(clock), workerThreads);
    }

    /** With an injected clock and timer, which must agree (a test's virtual time). */
    public RuntimeResources(Clock clock, Timer timer, int workerThreads) {
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(workerThreads, workerThreads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("stepcamel-worker-"));
        this.timer = timer;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void scheduleAt(java.time.Instant due, Runnable task) {
        timer.schedule(due, () -> workers.execute(task));
    }

    @Override
    public ExecutorService workers() {
        return workers;
    }

    @Override
    public UUID newUuid() {
        return UUID.randomUUID();
    }

    @Override
    public RandomGenerator random() {
        return ThreadLocalRandom.current();
    }

    @Override
    public void close() {
        timer.close();
        workers.shutdownNow();
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
