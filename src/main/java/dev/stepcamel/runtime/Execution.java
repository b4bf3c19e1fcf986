package dev.stepcamel.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution of a state machine: identity, input, and its outcome once it has one. The
 * outcome is set once ({@link #complete}); later attempts (a stop racing a success) are ignored.
 */
public final class Execution {
    private final String executionArn;
    private final String name;
    private final DeployedMachine machine;
    private final String input;
    private final Instant startDate;
    private final ExecutionHistory history; // null for Express executions, which AWS keeps no history for
    private final String traceHeader;

    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile boolean decided;
    private volatile boolean settled;
    private volatile ExecutionLog log = ExecutionLog.NONE;
    private volatile Instant stopDate;
    private volatile String output;
    private volatile String error;
    private volatile String cause;
    private volatile int redriveCount;
    private volatile Instant redriveDate;
    private java.util.List<Runnable> completionListeners = new java.util.ArrayList<>(1);

    public Execution(String executionArn, String name, DeployedMachine machine, String input, Instant startDate,
            boolean keepHistory, String traceHeader) {
        this(executionArn, name, machine, input, startDate, keepHistory ? new ExecutionHistory() : null, traceHeader);
    }

    private Execution(String executionArn, String name, DeployedMachine machine, String input, Instant startDate,
            ExecutionHistory history, String traceHeader) {
        this.executionArn = Objects.requireNonNull(executionArn);
        this.name = name;
        this.machine = machine;
        this.input = input;
        this.startDate = startDate;
        this.history = history;
        this.traceHeader = traceHeader;
    }

    /**
     * A Standard execution read back from a durable store: running (to be resumed) when
     * {@code status} is RUNNING, else ended with the given outcome.
     */
    public static Execution restore(String executionArn, String name, DeployedMachine machine, String input,
            Instant startDate, String traceHeader, java.util.List<HistoryEvent> events, ExecutionStatus status,
            Instant stopDate, String output, String error, String cause, ExecutionLog log) {
        Execution execution = new Execution(executionArn, name, machine, input, startDate,
                new ExecutionHistory(events), traceHeader);
        execution.log = log;
        if (status.isTerminal()) {
            execution.decided = true;
            execution.status = status;
            execution.stopDate = stopDate;
            execution.output = output;
            execution.error = error;
            execution.cause = cause;
            execution.completionListeners = null;
            execution.settled = true;
        }
        return execution;
    }

    /**
     * Puts back what a durable store read from its journal: the frames its checkpoints folded
     * into, and how often and when it was last redriven.
     */
    public void restoreRedrives(FrameFold frames, int count, Instant lastRedrive) {
        history.restoreFrames(frames);
        this.redriveCount = count;
        this.redriveDate = lastRedrive;
    }

    /**
     * Opens an ended execution again for a redrive at {@code at}: RUNNING, without outcome, its
     * redrive count one higher. Returns {@code false} (and changes nothing) unless it had ended
     * FAILED, TIMED_OUT or ABORTED.
     */
    synchronized boolean reopen(Instant at) {
        if (!decided || history == null || !(status == ExecutionStatus.FAILED || status == ExecutionStatus.TIMED_OUT
                || status == ExecutionStatus.ABORTED)) {
            return false;
        }
        decided = false;
        status = ExecutionStatus.RUNNING;
        stopDate = null;
        output = null;
        error = null;
        cause = null;
        completionListeners = new java.util.ArrayList<>(1);
        settled = false;
        redriveCount++;
        redriveDate = at;
        return true;
    }

    /** How often the execution was redriven (0: never); each redrive is one more attempt. */
    public int redriveCount() {
        return redriveCount;
    }

    /** When it was last redriven, {@code null} if never. */
    public Instant redriveDate() {
        return redriveDate;
    }

    /** Gives the execution its durable log; a store does this before the execution starts. */
    public void attachLog(ExecutionLog log) {
        this.log = log;
    }

    public ExecutionLog log() {
        return log;
    }

    /** Whether an outcome is set, though perhaps not yet durable and so not yet visible. */
    public boolean hasOutcome() {
        return decided;
    }

    /** Runs {@code action} once everything this execution recorded is durable (at once in memory). */
    public void afterCommit(Runnable action) {
        log.afterCommit(action);
    }

    /**
     * Records the outcome. Returns {@code false} (and changes nothing) when the execution had
     * already ended.
     */
    public boolean complete(ExecutionStatus outcome, Instant at, String output, String error, String cause) {
        boolean set = complete(outcome, at, output, error, cause,
                () -> {
                    dev.stepcamel.compile.Checkpoint end = ending(outcome, at, output, error, cause);
                    log.append(java.util.List.of(), end);
                    if (history != null) {
                        history.frames().apply(end, null);
                    }
                });
        if (set) {
            try {
                awaitCompletion(30_000); // an acknowledged outcome is a durable one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return set;
    }

    /** The checkpoint that ends an execution: status, output, error, cause, and stop date as {@code due}. */
    static dev.stepcamel.compile.Checkpoint ending(ExecutionStatus outcome, Instant at, String output, String error,
            String cause) {
        return new dev.stepcamel.compile.Checkpoint("", dev.stepcamel.compile.Checkpoint.Kind.END, outcome.name(),
                output == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(output), null, at, error,
                cause);
    }

    /**
     * As {@link #complete(ExecutionStatus, Instant, String, String, String)}, running
     * {@code closing} (which writes the closing history event) before anyone learns the outcome.
     * A durable execution shows its outcome once the closing entry is committed.
     */
    public boolean complete(ExecutionStatus outcome, Instant at, String output, String error, String cause,
            Runnable closing) {
        synchronized (this) {
            if (decided) {
                return false;
            }
            decided = true;
            this.output = output;
            this.error = error;
            this.cause = cause;
            this.stopDate = at;
            closing.run();
        }
        log.afterCommit(() -> publish(outcome));
        return true;
    }

    private void publish(ExecutionStatus outcome) {
        java.util.List<Runnable> listeners;
        synchronized (this) {
            this.status = outcome;
            listeners = completionListeners;
            completionListeners = null;
        }
        if (listeners != null) {
            listeners.forEach(Runnable::run);
        }
        synchronized (this) {
            settled = true; // a waiter learns of the end once its listeners (e.g. parked tasks) have run
            notifyAll();
        }
    }

    /** Runs {@code listener} once the execution has ended (at once if it already has); no thread waits. */
    public void whenComplete(Runnable listener) {
        synchronized (this) {
            if (completionListeners != null) {
                completionListeners.add(listener);
                return;
            }
        }
        listener.run();
    }

    /** Blocks until the execution has ended and its completion listeners have run, or {@code millis} pass. */
    public synchronized boolean awaitCompletion(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!settled) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public boolean isRunning() {
        return !status.isTerminal();
    }

    public String executionArn() {
        return executionArn;
    }

    public String name() {
        return name;
    }

    public DeployedMachine machine() {
        return machine;
    }

    public String input() {
        return input;
    }

    public Instant startDate() {
        return startDate;
    }

    public ExecutionHistory history() {
        return history;
    }

    public String traceHeader() {
        return traceHeader;
    }

    public ExecutionStatus status() {
        return status;
    }

    public Instant stopDate() {
        return stopDate;
    }

    public String output() {
        return output;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }
}
