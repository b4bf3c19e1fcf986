package dev.stepcamel.runtime;

/** The statuses AWS reports for an execution. */
public enum ExecutionStatus {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE;

    public boolean isTerminal() {
        return this != RUNNING && this != PENDING_REDRIVE;
    }
}
