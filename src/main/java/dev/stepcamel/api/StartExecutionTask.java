package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * A Task's {@code states:startExecution}: starts the child execution from the Task's Parameters
 * ({@code StateMachineArn}, {@code Input}, {@code Name}). The plain request answers with the
 * child's ARN and start date; {@code .sync} and {@code .sync:2} record TaskSubmitted and answer
 * when the child ends, without holding a thread, in the shapes AWS gives.
 */
final class StartExecutionTask extends AsyncProcessorSupport {
    enum Mode { REQUEST, SYNC, SYNC2 }

    private final StepFunctionsService service;
    private final Mode mode;
    private final String resource;

    StartExecutionTask(StepFunctionsService service, Mode mode, String resource) {
        this.service = service;
        this.mode = mode;
        this.resource = resource;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Execution child;
        try {
            JsonNode parameters = Json.parse(exchange.getMessage().getBody(String.class));
            child = service.startExecution(text(parameters, "StateMachineArn"), text(parameters, "Name"),
                    input(parameters.get("Input")), null);
        } catch (ApiException e) {
            exchange.setException(new AslException("StepFunctions." + e.type() + "Exception", e.getMessage()));
            callback.done(true);
            return true;
        } catch (JsonProcessingException | RuntimeException e) {
            exchange.setException(AslException.runtime("The Parameters could not be used to start the execution: "
                    + e.getMessage()));
            callback.done(true);
            return true;
        }
        ObjectNode started = Json.MAPPER.createObjectNode().put("ExecutionArn", child.executionArn())
                .put("StartDate", child.startDate().toEpochMilli());
        if (mode == Mode.REQUEST) {
            exchange.getMessage().setBody(NestedShapes.withSdkMetadata(started));
            callback.done(true);
            return true;
        }
        ExecutionRun run = exchange.getProperty(ExchangeKeys.RUN, ExecutionRun.class);
        if (run != null) {
            ObjectNode details = run.keepsHistory() ? Json.MAPPER.createObjectNode().put("resourceType", "states")
                    .put("resource", resource).put("output", Json.write(NestedShapes.withSdkMetadata(started.deepCopy())))
                    .set("outputDetails", Json.MAPPER.createObjectNode().put("truncated", false)) : null;
            run.record("TaskSubmitted", details == null ? null : dev.stepcamel.compile.step.MapRuns.mark(exchange,
                    (ObjectNode) details));
        }
        if (run != null) {
            // Best effort, as AWS: a .sync child does not outlive the parent that waits for it.
            run.whenEnded(() -> {
                if (child.isRunning()) {
                    service.stopExecution(child.executionArn(), "States.Runtime", "The parent execution ended.");
                }
            });
        }
        child.whenComplete(() -> {
            ObjectNode outcome = NestedShapes.describe(child, mode == Mode.SYNC2);
            if (child.status() == ExecutionStatus.SUCCEEDED) {
                exchange.getMessage().setBody(outcome);
            } else {
                exchange.setException(new AslException("States.TaskFailed", Json.write(outcome)));
            }
            if (run != null) {
                run.services().workers().execute(() -> callback.done(false));
            } else {
                callback.done(false);
            }
        });
        return false;
    }

    private static String text(JsonNode parameters, String field) {
        JsonNode value = parameters.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Input as AWS takes it: JSON text as is, any other JSON value serialised, none as {@code {}}. */
    private static String input(JsonNode input) {
        if (input == null || input.isNull()) {
            return "{}";
        }
        return input.isTextual() ? input.textValue() : Json.write(input);
    }

    @Override
    public String toString() {
        return "StartExecution[" + resource + "]";
    }
}
