package dev.stepcamel.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.RuntimeServices;
import dev.stepcamel.compile.step.Timestamps;
import dev.stepcamel.data.Json;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.PendingEvent;
import dev.stepcamel.compile.ResumePoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** An {@link Execution} as its routes see it while it runs. */
final class ActiveExecution implements ExecutionRun {
    private final Execution execution;
    private final RuntimeServices services;
    private final AtomicLong uncountedEvents = new AtomicLong();
    private final boolean durable;
    private final int attempt;
    // Sorted, so that a frame's iterations and branches ("frame/...") are one range: '0' follows '/'.
    private final java.util.concurrent.ConcurrentNavigableMap<String, ResumePoint> resumePoints;
    private volatile JsonNode executionContext;
    private volatile JsonNode machineContext;

    ActiveExecution(Execution execution, RuntimeServices services) {
        this(execution, services, Map.of());
    }

    /** @param resumePoints where each frame resumes after a restart (empty for a fresh start) */
    ActiveExecution(Execution execution, RuntimeServices services, Map<String, ResumePoint> resumePoints) {
        this.execution = execution;
        this.services = services;
        // Standard executions checkpoint in memory too: a redrive resumes from their checkpoints.
        this.durable = execution.history() != null;
        this.attempt = execution.redriveCount();
        this.resumePoints = new java.util.concurrent.ConcurrentSkipListMap<>(resumePoints);
    }

    Execution execution() {
        return execution;
    }

    @Override
    public boolean isActive() {
        return !execution.hasOutcome() && !stale();
    }

    /** Whether the execution was redriven since this run began: what is left of this run does nothing. */
    private boolean stale() {
        return execution.redriveCount() != attempt;
    }

    @Override
    public boolean isDurable() {
        return durable;
    }

    @Override
    public boolean awaitsCommits() {
        return durable && execution.log().isDurable();
    }

    @Override
    public void afterCommit(Runnable action) {
        if (!awaitsCommits()) {
            action.run();
            return;
        }
        execution.log().afterCommit(() -> services.workers().execute(action));
    }

    @Override
    public ResumePoint resumePoint(String frame) {
        return resumePoints.isEmpty() ? null : resumePoints.remove(frame);
    }

    @Override
    public void checkpoint(List<PendingEvent> held, Checkpoint checkpoint) {
        ExecutionHistory history = execution.history();
        if (history == null || !isActive()) {
            return;
        }
        forgetInside(checkpoint.frame());
        history.append(held, null, null, null, checkpoint, execution.log());
    }

    /** A frame that moves on leaves its old iterations and branches behind: they resume no more. */
    private void forgetInside(String frame) {
        if (!resumePoints.isEmpty()) {
            resumePoints.subMap(frame + "/", frame + "0").clear();
        }
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
        if (durable) {
            return record(List.of(), type, details, null);
        }
        if (!isActive()) {
            return history.size(); // an ended execution's branches may still be unwinding: record nothing
        }
        return checkLimit(history, history.append(services.clock().instant(), type, details));
    }

    @Override
    public long record(List<PendingEvent> held, String type, ObjectNode details, Checkpoint checkpoint) {
        ExecutionHistory history = execution.history();
        if (history == null) {
            return uncountedEvents.addAndGet(held.size() + 1L);
        }
        if (!isActive()) {
            return history.size();
        }
        if (checkpoint != null) {
            forgetInside(checkpoint.frame());
        }
        return checkLimit(history, history.append(held, services.clock().instant(), type, details, checkpoint,
                execution.log()));
    }

    private long checkLimit(ExecutionHistory history, long id) {
        if (id >= ExecutionHistory.MAX_EVENTS - 1 && !execution.hasOutcome()) {
            failForHistoryLimit(history);
        }
        return id;
    }

    /** ExecutionStarted, after which the top frame stands at the machine's StartAt with the input. */
    void started() {
        if (execution.history() == null) {
            record("ExecutionStarted", null);
            return;
        }
        ObjectNode details = Json.MAPPER.createObjectNode().put("input", execution.input())
                .put("roleArn", execution.machine().roleArn());
        details.set("inputDetails", Json.MAPPER.createObjectNode().put("truncated", false));
        record(List.of(), "ExecutionStarted", details, durable
                ? Checkpoint.at("", execution.machine().definition().graph().startAt(), parsedInput()) : null);
    }

    /**
     * ExecutionRedriven with the new redrive count, after which the frames stand where the last
     * attempt left them ({@link RedrivePoints}). The execution must have been reopened.
     */
    void redriven() {
        ObjectNode details = Json.MAPPER.createObjectNode().put("redriveCount", execution.redriveCount());
        record(List.of(), "ExecutionRedriven", details, Checkpoint.redriven(execution.redriveDate()));
    }

    /** AWS fails an execution whose history reaches its 25,000-event quota; the last event says so. */
    private void failForHistoryLimit(ExecutionHistory history) {
        fail(ErrorNames.RUNTIME, "The execution reached the maximum number of history events ("
                + ExecutionHistory.MAX_EVENTS + ").");
    }

    // Only the call that sets the outcome writes the closing event, and it does so before anyone
    // can see the outcome: a stop racing a success never leaves two endings in the history.

    void succeed(String output) {
        succeed(List.of(), output);
    }

    void succeed(List<PendingEvent> held, String output) {
        end(held, ExecutionStatus.SUCCEEDED, output, null, null, "ExecutionSucceeded",
                () -> Json.MAPPER.createObjectNode().put("output", output)
                        .set("outputDetails", Json.MAPPER.createObjectNode().put("truncated", false)));
    }

    void fail(String error, String cause) {
        fail(List.of(), error, cause);
    }

    void fail(List<PendingEvent> held, String error, String cause) {
        end(held, ExecutionStatus.FAILED, null, error, cause, "ExecutionFailed", () -> errorDetails(error, cause));
    }

    boolean timeOut() {
        return end(List.of(), ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, null, "ExecutionTimedOut",
                () -> errorDetails(ErrorNames.TIMEOUT, null));
    }

    boolean abort(String error, String cause) {
        return end(List.of(), ExecutionStatus.ABORTED, null, error, cause, "ExecutionAborted", () -> errorDetails(error, cause));
    }

    private boolean end(List<PendingEvent> held, ExecutionStatus status, String output, String error, String cause,
            String eventType, java.util.function.Supplier<ObjectNode> details) {
        if (stale()) {
            return false; // a timer or branch of an attempt before the last redrive
        }
        java.time.Instant at = services.clock().instant();
        ExecutionHistory history = execution.history();
        return execution.complete(status, at, output, error, cause, () -> {
            if (history != null) {
                history.append(held, at, eventType, details.get(),
                        durable ? Execution.ending(status, at, output, error, cause) : null, execution.log());
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
            node.put("RedriveCount", execution.redriveCount());
            if (execution.redriveDate() != null) {
                node.put("RedriveTime", Timestamps.format(execution.redriveDate()));
            }
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
