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
    private volatile Instant stopDate;
    private volatile String output;
    private volatile String error;
    private volatile String cause;
    private java.util.List<Runnable> completionListeners = new java.util.ArrayList<>(1);

    public Execution(String executionArn, String name, DeployedMachine machine, String input, Instant startDate,
            boolean keepHistory, String traceHeader) {
        this.executionArn = Objects.requireNonNull(executionArn);
        this.name = name;
        this.machine = machine;
        this.input = input;
        this.startDate = startDate;
        this.history = keepHistory ? new ExecutionHistory() : null;
        this.traceHeader = traceHeader;
    }

    /**
     * Records the outcome. Returns {@code false} (and changes nothing) when the execution had
     * already ended.
     */
    public boolean complete(ExecutionStatus outcome, Instant at, String output, String error, String cause) {
        return complete(outcome, at, output, error, cause, () -> { });
    }

    /**
     * As {@link #complete(ExecutionStatus, Instant, String, String, String)}, running
     * {@code closing} (which writes the closing history event) before anyone learns the outcome.
     */
    public boolean complete(ExecutionStatus outcome, Instant at, String output, String error, String cause,
            Runnable closing) {
        java.util.List<Runnable> listeners;
        synchronized (this) {
            if (status.isTerminal()) {
                return false;
            }
            this.output = output;
            this.error = error;
            this.cause = cause;
            this.stopDate = at;
            closing.run();
            this.status = outcome;
            notifyAll();
            listeners = completionListeners;
            completionListeners = null;
        }
        listeners.forEach(Runnable::run);
        return true;
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

    /** Blocks until the execution ends or {@code millis} pass; for StartSyncExecution and tests. */
    public synchronized boolean awaitCompletion(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!status.isTerminal()) {
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
