package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The running execution as the compiled routes see it. Implemented by the runtime. */
public interface ExecutionRun {

    /** False once the execution has stopped, failed or timed out: routes then do no more work. */
    boolean isActive();

    /** Whether events are kept (Standard) or not (Express). */
    boolean keepsHistory();

    /**
     * Whether the run builds {@link Checkpoint}s: for a durable store, and for Standard
     * executions in memory (a redrive resumes from them). Only then do the routes build
     * checkpoints, hold events back ({@link PendingEvent}) and resume frames.
     */
    default boolean isDurable() {
        return false;
    }

    /**
     * Whether effects outside the execution must wait for the log to commit ({@link #afterCommit}
     * then runs later): only for a durable store, not for checkpoints kept in memory.
     */
    default boolean awaitsCommits() {
        return isDurable();
    }

    /**
     * Appends a history event and returns its id. Express runs keep no events but still count
     * them, since error causes cite event ids; their {@code details} are {@code null}.
     */
    long record(String type, ObjectNode details);

    /**
     * Appends {@code held} (events held back until now), then the event, then stores the
     * frame's {@code checkpoint} (when not {@code null}), all as one entry of the durable log:
     * after a crash either all of it is there or none. Returns the new event's id.
     */
    default long record(List<PendingEvent> held, String type, ObjectNode details, Checkpoint checkpoint) {
        for (PendingEvent event : held) {
            record(event.type(), event.details());
        }
        return record(type, details);
    }

    /** Stores a checkpoint that no history event marks (a retry's due time, a branch's end). */
    default void checkpoint(List<PendingEvent> held, Checkpoint checkpoint) {
    }

    /**
     * Runs {@code action} once everything recorded so far is durable (at once when the run is
     * not durable). Effects outside the execution (a Task's call) wait for this.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    /** Where {@code frame} resumes after a restart, once: {@code null} when it does not, or no longer. */
    default ResumePoint resumePoint(String frame) {
        return null;
    }

    /** {@code $$.Execution}: Id, Input, Name, RoleArn, StartTime, RedriveCount, RedriveTime once redriven. */
    JsonNode executionContext();

    /** {@code $$.StateMachine}: Id, Name. */
    JsonNode stateMachineContext();

    RuntimeServices services();

    /**
     * Runs {@code listener} once the execution has ended (at once if it has), so a task parked on
     * a callback lets go when the execution is stopped or times out.
     */
    default void whenEnded(Runnable listener) {
    }
}
