package dev.stepcamel.compile;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.random.RandomGenerator;

/** Time, timers, threads and ids, injected so tests can control them. */
public interface RuntimeServices {
    Clock clock();

    /** Runs {@code task} on a worker after {@code delayMillis}; no thread waits meanwhile. */
    default void schedule(long delayMillis, Runnable task) {
        scheduleAt(clock().instant().plusMillis(delayMillis), task);
    }

    /** Runs {@code task} on a worker once {@link #clock()} reaches {@code due}; no thread waits meanwhile. */
    void scheduleAt(java.time.Instant due, Runnable task);

    /** The bounded pool that Parallel branches and Map iterations run on. */
    ExecutorService workers();

    UUID newUuid();

    RandomGenerator random();
}
