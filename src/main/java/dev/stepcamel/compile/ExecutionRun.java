package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The running execution as the compiled routes see it. Implemented by the runtime. */
public interface ExecutionRun {

    /** False once the execution has stopped, failed or timed out: routes then do no more work. */
    boolean isActive();

    /** Whether events are kept (Standard) or not (Express). */
    boolean keepsHistory();

    /**
     * Appends a history event and returns its id. Express runs keep no events but still count
     * them, since error causes cite event ids; their {@code details} are {@code null}.
     */
    long record(String type, ObjectNode details);

    /** {@code $$.Execution}: Id, Input, Name, RoleArn, StartTime, RedriveCount. */
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
