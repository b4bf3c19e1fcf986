package dev.stepcamel.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A {@link Timer} on one daemon thread that follows a real clock. */
public final class SystemTimer implements Timer {
    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer;

    public SystemTimer(Clock clock) {
        this.clock = clock;
        this.timer = new ScheduledThreadPoolExecutor(1, RuntimeResources.daemonThreads("stepcamel-timer-"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void schedule(Instant due, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        timer.schedule(task, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
