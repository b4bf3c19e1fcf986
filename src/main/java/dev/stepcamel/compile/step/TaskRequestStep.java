package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonText;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Prepares a Task's call: records TaskScheduled/TaskStarted (or the LambdaFunction* events),
 * works out the endpoint when it is only known now, and turns the effective parameters into the
 * JSON text the resource receives.
 */
public final class TaskRequestStep implements Processor {
    /** The endpoint the enricher calls when the binding had none at compile time. */
    public static final String ENDPOINT = "StepcamelTaskEndpoint";
    static final String STARTED = "StepcamelTaskStarted";
    /** Set when a restart resumes a {@code .waitForTaskToken} Task whose call was under way. */
    static final String RESUMED_CALL = "StepcamelResumedCall";

    private final String stateName;
    private final String resourceArn;
    private final TaskBinding binding;
    private final TaskResolver resolver;
    private final Integer timeoutSeconds;

    /** @param timeoutSeconds the state's TimeoutSeconds, kept with the call's checkpoint ({@code null} if none) */
    public TaskRequestStep(String stateName, String resourceArn, TaskBinding binding, TaskResolver resolver,
            Integer timeoutSeconds) {
        this.stateName = stateName;
        this.resourceArn = resourceArn;
        this.binding = binding;
        this.resolver = resolver;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void process(Exchange exchange) {
        StateVisit visit = Steps.visit(exchange);
        if (visit != null && visit.resuming() == Checkpoint.Kind.CALLING) {
            visit.takeResuming();
            exchange.setProperty(STARTED, true);
            if (IssueTaskToken.token(exchange) != null) {
                exchange.setProperty(RESUMED_CALL, true); // a callback: its token tells what became of the call
                return;
            }
            java.time.Instant deadline = visit.callDeadline();
            if (deadline != null && !deadline.isAfter(Steps.run(exchange).services().clock().instant())) {
                throw new AslException(ErrorNames.TIMEOUT, ""); // the call's TimeoutSeconds ran out meanwhile
            }
            throw interrupted();
        }
        JsonNode parameters = Steps.body(exchange);
        JsonNode request = parameters;
        if (binding.shape() == TaskBinding.ResultShape.LAMBDA_INVOKE) {
            String function = parameters.path("FunctionName").asText(null);
            if (function == null) {
                throw StateErrors.runtime(exchange, "The Parameters '" + Json.write(parameters)
                        + "' could not be used to start the Task: [The field \"FunctionName\" is required]");
            }
            String endpoint = resolver.functionEndpoint(function);
            if (endpoint == null) {
                throw functionNotFound(function);
            }
            exchange.setProperty(ENDPOINT, endpoint);
            request = parameters.has("Payload") ? parameters.get("Payload") : Json.MAPPER.createObjectNode();
        } else if (binding.endpointUri() == null) {
            String endpoint = resolver.functionEndpoint(resourceArn);
            if (endpoint == null) {
                throw functionNotFound(resourceArn);
            }
            exchange.setProperty(ENDPOINT, endpoint);
        }
        exchange.setProperty(ExchangeKeys.TASK_REQUEST, parameters);
        exchange.setProperty(STARTED, true);
        JsonText input = new JsonText(parameters);
        if (binding.isLegacyLambda()) {
            Steps.hold(exchange, "LambdaFunctionScheduled", d -> d.put("resource", resourceArn).putPOJO("input", input)
                    .set("inputDetails", Steps.truncatedFalse()));
            Steps.record(exchange, "LambdaFunctionStarted", null, frame -> calling(frame, exchange));
        } else {
            Steps.hold(exchange, "TaskScheduled", d -> d.put("resourceType", binding.resourceType())
                    .put("resource", binding.resource()).put("region", "us-east-1").putPOJO("parameters", input));
            Steps.record(exchange, "TaskStarted", d -> d.put("resourceType", binding.resourceType())
                    .put("resource", binding.resource()), frame -> calling(frame, exchange));
        }
        exchange.getMessage().setBody(Json.write(request));
    }

    /** The checkpoint before the call: a restart from here cannot know whether the call happened. */
    private Checkpoint calling(String frame, Exchange exchange) {
        StateVisit visit = Steps.visit(exchange);
        java.time.Instant deadline = timeoutSeconds == null ? null
                : Steps.run(exchange).services().clock().instant().plusSeconds(timeoutSeconds);
        return Checkpoint.inside(frame, Checkpoint.Kind.CALLING, stateName, visit.retryCounts(), deadline);
    }

    /**
     * The error of a call a restart interrupted. Its outcome is unknown, so it counts as a failed
     * attempt that Retry may repeat: for Lambda, AWS's transient {@code Lambda.ServiceException}
     * (which AWS's recommended Retry covers); for other resources {@code States.TaskFailed}.
     */
    private AslException interrupted() {
        return interrupted(binding, resourceArn);
    }

    static AslException interrupted(TaskBinding binding, String resourceArn) {
        String error = binding.isLegacyLambda() || binding.shape() == TaskBinding.ResultShape.LAMBDA_INVOKE
                ? "Lambda.ServiceException" : ErrorNames.TASK_FAILED;
        return new AslException(error, "The call to '" + resourceArn + "' was interrupted by a restart of the runtime;"
                + " its outcome is unknown.");
    }

    static AslException functionNotFound(String function) {
        String arn = function.startsWith("arn:") ? function : "arn:aws:lambda:us-east-1:123456789012:function:" + function;
        return new AslException("Lambda.ResourceNotFoundException", "Function not found: " + arn
                + " (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException)");
    }

    @Override
    public String toString() {
        return "TaskRequest[" + stateName + "]";
    }
}
