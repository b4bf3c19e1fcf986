package dev.stepcamel.runtime;

import java.time.Instant;

/**
 * Runs tasks when the runtime's clock reaches their due time. Tasks must be quick (they hand
 * work to the worker pool). Injected, so that a test can run a one-hour Wait in milliseconds.
 */
public interface Timer extends AutoCloseable {

    /** Runs {@code task} once the clock reaches {@code due} (at once when it has). */
    void schedule(Instant due, Runnable task);

    @Override
    void close();
}
