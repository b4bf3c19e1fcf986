package dev.stepcamel.compile.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.data.Json;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Merges what a Task's endpoint replied into the state's exchange (the enricher's strategy).
 * A handler route may fail the task explicitly by setting the {@code StepcamelError} (and
 * {@code StepcamelCause}) header instead of throwing.
 */
public final class TaskReply implements AggregationStrategy {
    public static final String ERROR_HEADER = "StepcamelError";
    public static final String CAUSE_HEADER = "StepcamelCause";

    /** AWS's limit on the result a task returns. */
    static final int MAX_RESULT_CHARS = 256 * 1024;

    private final String stateName;
    private final TaskBinding.ResultShape shape;

    public TaskReply(String stateName, TaskBinding.ResultShape shape) {
        this.stateName = stateName;
        this.shape = shape;
    }

    @Override
    public Exchange aggregate(Exchange original, Exchange reply) {
        if (reply == null) {
            return original;
        }
        if (reply.getException() != null) {
            original.setException(reply.getException());
            return original;
        }
        String error = reply.getMessage().getHeader(ERROR_HEADER, String.class);
        if (error != null) {
            original.setException(new AslException(error, reply.getMessage().getHeader(CAUSE_HEADER, String.class)));
            return original;
        }
        Object body = reply.getMessage().getBody();
        if (body instanceof String text && text.length() > MAX_RESULT_CHARS
                || body instanceof byte[] bytes && bytes.length > MAX_RESULT_CHARS) {
            original.setException(new AslException(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                    + "' returned a result with a size exceeding the maximum number of bytes service limit."));
            return original;
        }
        JsonNode result = toJson(body);
        if (shape == TaskBinding.ResultShape.LAMBDA_INVOKE) {
            result = lambdaInvokeResult(result);
        }
        Steps.setBody(original, result);
        return original;
    }

    static JsonNode toJson(Object body) {
        if (body == null) {
            return NullNode.getInstance();
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof byte[] bytes) {
            body = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (body instanceof String text) {
            try {
                return Json.parse(text);
            } catch (JsonProcessingException e) {
                return TextNode.valueOf(text);
            }
        }
        return Json.MAPPER.valueToTree(body);
    }

    /** The shape of {@code arn:aws:states:::lambda:invoke}'s result on AWS. */
    static JsonNode lambdaInvokeResult(JsonNode payload) {
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        ObjectNode http = result.putObject("SdkHttpMetadata");
        ObjectNode headers = Json.MAPPER.createObjectNode().put("Content-Type", "application/json")
                .put("X-Amz-Executed-Version", "$LATEST");
        http.set("AllHttpHeaders", headers.deepCopy());
        http.set("HttpHeaders", headers);
        http.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", java.util.UUID.randomUUID().toString());
        result.put("StatusCode", 200);
        return result;
    }

    @Override
    public String toString() {
        return "TaskReply";
    }
}
