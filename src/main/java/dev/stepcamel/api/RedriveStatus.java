package dev.stepcamel.api;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionHistory;
import dev.stepcamel.runtime.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether an execution can be redriven now, and if not why, in AWS's words (DescribeExecution's
 * {@code redriveStatus} and {@code redriveStatusReason}, RedriveExecution's ExecutionNotRedrivable).
 *
 * @param reason {@code null} when the execution is redrivable
 */
public record RedriveStatus(String status, String reason) {
    /** AWS redrives an execution within 14 days of its end. */
    static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);
    /** A Standard execution's maximum open time. */
    static final Duration MAX_EXECUTION_TIME = Duration.ofDays(365);

    private static final RedriveStatus REDRIVABLE = new RedriveStatus("REDRIVABLE", null);

    public boolean isRedrivable() {
        return reason == null;
    }

    /** @param machineExists whether the execution's state machine still exists (not deleted) */
    static RedriveStatus of(Execution execution, boolean machineExists, Instant now) {
        ExecutionStatus status = execution.status();
        if (execution.history() == null) {
            return not("Execution of an EXPRESS state machine cannot be redriven");
        }
        if (!machineExists) {
            return not("State machine is in DELETING status");
        }
        if (status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED
                || status == ExecutionStatus.PENDING_REDRIVE) {
            return not("Execution is " + status.name() + " and cannot be redriven");
        }
        if (execution.history().size() >= ExecutionHistory.MAX_EVENTS - 1) {
            return not("Execution history event limit exceeded");
        }
        if (execution.startDate().plus(MAX_EXECUTION_TIME).isBefore(now)) {
            return not("Execution has exceeded the max execution time");
        }
        if (execution.stopDate() != null && execution.stopDate().plus(REDRIVABLE_PERIOD).isBefore(now)) {
            return not("Execution redrivable period exceeded");
        }
        if (execution.history().frames().redrivePoints().isEmpty()) {
            // Stepcamel's own reason: the failure came after the last state (e.g. the output's size).
            return not("Execution has no unsuccessful state to redrive");
        }
        return REDRIVABLE;
    }

    private static RedriveStatus not(String reason) {
        return new RedriveStatus("NOT_REDRIVABLE", reason);
    }
}
