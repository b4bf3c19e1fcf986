package dev.stepcamel.compile.step;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * MaxConcurrency for one Map run, without blocking: an iteration that finds no free slot is
 * queued and resumed when a running one finishes.
 */
final class ConcurrencyLimit {
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final Executor resumeOn;
    private int free;

    ConcurrencyLimit(int slots, Executor resumeOn) {
        this.free = slots;
        this.resumeOn = resumeOn;
    }

    /** Returns true when a slot was free now; otherwise {@code onSlot} runs when one frees up. */
    synchronized boolean acquire(Runnable onSlot) {
        if (free > 0) {
            free--;
            return true;
        }
        waiting.add(onSlot);
        return false;
    }

    void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        resumeOn.execute(next); // the slot passes straight to the waiting iteration
    }
}
