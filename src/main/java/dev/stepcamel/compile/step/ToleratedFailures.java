package dev.stepcamel.compile.step;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Map's failure tolerance: iterations may fail up to a count or a percentage of the items
 * before the state fails with {@code States.ExceedToleratedFailureThreshold}.
 */
final class ToleratedFailures {
    private final Integer count;
    private final Double percentage;
    private final int items;
    private final AtomicInteger failed = new AtomicInteger();

    ToleratedFailures(Integer count, Double percentage, int items) {
        this.count = count;
        this.percentage = percentage;
        this.items = items;
    }

    /** The tolerated count, or {@code null}. */
    Integer count() {
        return count;
    }

    /** The tolerated percentage, or {@code null}. */
    Double percentage() {
        return percentage;
    }

    /** Counts one failed iteration; returns true while the failures are still tolerated. */
    boolean fail() {
        int failures = failed.incrementAndGet();
        if (count != null && failures > count) {
            return false;
        }
        return percentage == null || failures * 100.0 / items <= percentage;
    }
}
