package dev.stepcamel.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON 1.0 protocol: picks the action named by {@code X-Amz-Target}, hands it the parsed body
 * and writes its answer or AWS's error body. An action that answers later (StartSyncExecution)
 * completes the exchange asynchronously instead of holding a thread while it waits.
 */
final class JsonProtocolProcessor extends AsyncProcessorSupport {
    static final String TARGET_PREFIX = "AWSStepFunctions.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private static final Logger LOG = LoggerFactory.getLogger(JsonProtocolProcessor.class);

    private final Map<String, Action> actions = new HashMap<>();

    JsonProtocolProcessor(StepFunctionsService service) {
        actions.putAll(table(service));
    }

    /** Every action this API answers, by AWS action name. */
    static Map<String, Action> table(StepFunctionsService service) {
        Map<String, Action> actions = new HashMap<>();
        MachineActions.register(actions, service);
        ExecutionActions.register(actions, service);
        MapRunActions.register(actions, service);
        DefinitionAndTagActions.register(actions, service);
        CallbackActions.register(actions, service);
        return actions;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String target = exchange.getMessage().getHeader("X-Amz-Target", String.class);
        String body = exchange.getMessage().getBody(String.class);
        CompletableFuture<ObjectNode> answer = dispatch(target, body).toCompletableFuture();
        if (answer.isDone()) {
            respond(exchange, answer);
            callback.done(true);
            return true;
        }
        answer.whenComplete((ok, failed) -> {
            respond(exchange, answer);
            callback.done(false);
        });
        return false;
    }

    CompletionStage<ObjectNode> dispatch(String target, String body) {
        try {
            Action action = target == null || !target.startsWith(TARGET_PREFIX) ? null
                    : actions.get(target.substring(TARGET_PREFIX.length()));
            if (action == null) {
                throw new ApiException("UnknownOperationException", null);
            }
            return action.handle(new Request(parse(body)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static ObjectNode parse(String body) {
        if (body == null || body.isBlank()) {
            return Shapes.object();
        }
        try {
            JsonNode node = Shapes.MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // reported below, as AWS does, without the parser's details
        }
        throw new ApiException("SerializationException", null);
    }

    // The client sees AWS's opaque InternalFailure; the stack trace goes to the log only.
    private static ApiException internalFailure(Throwable cause) {
        LOG.error("Step Functions API request failed", cause);
        return new ApiException("InternalFailure",
                "The request processing has failed because of an unknown error, exception or failure.", 500);
    }

    private static void respond(Exchange exchange, CompletableFuture<ObjectNode> answer) {
        Reply reply = reply(answer);
        Responses.write(exchange, reply.status(), CONTENT_TYPE, reply.body());
    }

    /** The HTTP status and JSON body of a completed answer: the action's object or AWS's error body. */
    static Reply reply(CompletableFuture<ObjectNode> answer) {
        try {
            return new Reply(200, answer.join().toString());
        } catch (CompletionException e) {
            ApiException error = e.getCause() instanceof ApiException api ? api : internalFailure(e.getCause());
            ObjectNode body = Shapes.object().put("__type", error.type());
            Shapes.putText(body, "message", error.getMessage());
            return new Reply(error.httpStatus(), body.toString());
        }
    }

    record Reply(int status, String body) {
    }
}
