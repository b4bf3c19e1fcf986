package dev.stepcamel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/**
 * Samples heap use on a background thread while a workload runs, and reads the JVM's own peak
 * live-thread count (reset when sampling starts, so it covers this window; it includes the
 * sampler thread itself).
 */
final class ResourceSampler implements AutoCloseable {
    private static final long PERIOD_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakHeapBytes;

    private ResourceSampler() {
        threads.resetPeakThreadCount();
        sampler = new Thread(this::sample, "bench-sampler");
        sampler.setDaemon(true);
    }

    static ResourceSampler start() {
        ResourceSampler started = new ResourceSampler();
        started.sampler.start();
        return started;
    }

    private void sample() {
        while (running) {
            peakHeapBytes = Math.max(peakHeapBytes, heapUsedBytes());
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long heapUsedBytes() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The highest heap use seen so far (including now). */
    long peakHeapBytes() {
        return Math.max(peakHeapBytes, heapUsedBytes());
    }

    /** The most live threads the JVM had since this sampler started. */
    int peakThreads() {
        return threads.getPeakThreadCount();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
