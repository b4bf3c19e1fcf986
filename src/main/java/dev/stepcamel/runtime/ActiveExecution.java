package dev.stepcamel.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.RuntimeServices;
import dev.stepcamel.compile.step.Timestamps;
import dev.stepcamel.data.Json;
import java.util.concurrent.atomic.AtomicLong;

/** An {@link Execution} as its routes see it while it runs. */
final class ActiveExecution implements ExecutionRun {
    private final Execution execution;
    private final RuntimeServices services;
    private final AtomicLong uncountedEvents = new AtomicLong();
    private volatile JsonNode executionContext;
    private volatile JsonNode machineContext;

    ActiveExecution(Execution execution, RuntimeServices services) {
        this.execution = execution;
        this.services = services;
    }

    Execution execution() {
        return execution;
    }

    @Override
    public boolean isActive() {
        return execution.isRunning();
    }

    @Override
    public boolean keepsHistory() {
        return execution.history() != null;
    }

    @Override
    public long record(String type, ObjectNode details) {
        ExecutionHistory history = execution.history();
        if (history == null) {
            return uncountedEvents.incrementAndGet();
        }
        if (!execution.isRunning()) {
            return history.size(); // an ended execution's branches may still be unwinding: record nothing
        }
        long id = history.append(services.clock().instant(), type, details);
        if (id == ExecutionHistory.MAX_EVENTS - 1 && execution.isRunning()) {
            failForHistoryLimit(history);
        }
        return id;
    }

    /** AWS fails an execution whose history reaches its 25,000-event quota; the last event says so. */
    private void failForHistoryLimit(ExecutionHistory history) {
        fail(ErrorNames.RUNTIME, "The execution reached the maximum number of history events ("
                + ExecutionHistory.MAX_EVENTS + ").");
    }

    // Only the call that sets the outcome writes the closing event, and it does so before anyone
    // can see the outcome: a stop racing a success never leaves two endings in the history.

    void succeed(String output) {
        end(ExecutionStatus.SUCCEEDED, output, null, null, "ExecutionSucceeded",
                () -> Json.MAPPER.createObjectNode().put("output", output)
                        .set("outputDetails", Json.MAPPER.createObjectNode().put("truncated", false)));
    }

    void fail(String error, String cause) {
        end(ExecutionStatus.FAILED, null, error, cause, "ExecutionFailed", () -> errorDetails(error, cause));
    }

    boolean timeOut() {
        return end(ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, null, "ExecutionTimedOut",
                () -> errorDetails(ErrorNames.TIMEOUT, null));
    }

    boolean abort(String error, String cause) {
        return end(ExecutionStatus.ABORTED, null, error, cause, "ExecutionAborted", () -> errorDetails(error, cause));
    }

    private boolean end(ExecutionStatus status, String output, String error, String cause, String eventType,
            java.util.function.Supplier<ObjectNode> details) {
        java.time.Instant at = services.clock().instant();
        ExecutionHistory history = execution.history();
        return execution.complete(status, at, output, error, cause, () -> {
            if (history != null) {
                history.append(at, eventType, details.get());
            }
        });
    }

    private static ObjectNode errorDetails(String error, String cause) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (error != null) {
            node.put("error", error);
        }
        if (cause != null) {
            node.put("cause", cause);
        }
        return node;
    }

    @Override
    public JsonNode executionContext() {
        if (executionContext == null) {
            ObjectNode node = Json.MAPPER.createObjectNode();
            node.put("Id", execution.executionArn());
            node.set("Input", parsedInput());
            node.put("StartTime", Timestamps.format(execution.startDate()));
            node.put("Name", execution.name());
            node.put("RoleArn", execution.machine().roleArn());
            node.put("RedriveCount", 0);
            executionContext = node;
        }
        return executionContext;
    }

    @Override
    public JsonNode stateMachineContext() {
        if (machineContext == null) {
            machineContext = Json.MAPPER.createObjectNode().put("Id", execution.machine().arn())
                    .put("Name", execution.machine().name());
        }
        return machineContext;
    }

    JsonNode parsedInput() {
        try {
            return Json.parse(execution.input());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("execution input was accepted but is not JSON", e);
        }
    }

    @Override
    public void whenEnded(Runnable listener) {
        execution.whenComplete(listener);
    }

    @Override
    public RuntimeServices services() {
        return services;
    }
}
