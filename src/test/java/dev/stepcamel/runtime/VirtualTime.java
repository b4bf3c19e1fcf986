package dev.stepcamel.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A clock and a {@link Timer} that move only when told to: {@link #advance} runs every task that
 * has come due, in due order, so a test runs an hour's Wait in microseconds.
 */
public final class VirtualTime extends Clock implements Timer {
    private record Due(Instant at, long order, Runnable task) {
    }

    private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
    private volatile Instant now;
    private long scheduled;

    public VirtualTime(Instant start) {
        this.now = start;
    }

    /** Moves the clock on and runs the tasks that came due meanwhile. */
    public void advance(Duration by) {
        Instant target = now.plus(by);
        while (true) {
            Due next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at.isAfter(target)) {
                    now = target;
                    return;
                }
                queue.poll();
                if (next.at.isAfter(now)) {
                    now = next.at;
                }
            }
            next.task.run();
        }
    }

    /** Tasks waiting for the clock. */
    public synchronized int pending() {
        return queue.size();
    }

    /** Waits (really) until at least {@code count} tasks wait for the clock, as resumed executions set timers. */
    public void awaitPending(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (pending() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("only " + pending() + " timers, expected " + count);
            }
            Thread.sleep(5);
        }
    }

    /** The due times of the waiting tasks, earliest first. */
    public synchronized List<Instant> dueTimes() {
        List<Instant> times = new ArrayList<>();
        queue.forEach(d -> times.add(d.at));
        times.sort(null);
        return times;
    }

    @Override
    public void schedule(Instant due, Runnable task) {
        synchronized (this) {
            if (due.isAfter(now)) {
                queue.add(new Due(due, scheduled++, task));
                return;
            }
        }
        task.run();
    }

    @Override
    public void close() {
        synchronized (this) {
            queue.clear();
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
