package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * One {@code aws-sdk:sfn} action: the Task's Parameters (the SDK's PascalCase members) become the
 * API request, the answer comes back in PascalCase with dates as ISO-8601 text, and an API
 * refusal becomes the error {@code Sfn.<Name>Exception}. A long poll answers later; no thread waits.
 */
final class SdkSfnCall extends AsyncProcessorSupport {
    private final String name;
    private final Action action;

    SdkSfnCall(String name, Action action) {
        this.name = name;
        this.action = action;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<ObjectNode> answer;
        try {
            JsonNode request = rename(JsonProtocolProcessor.parse(exchange.getMessage().getBody(String.class)),
                    SdkSfnCall::lowerFirst, false);
            answer = action.handle(new Request((ObjectNode) request)).toCompletableFuture();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        if (answer.isDone()) {
            settle(exchange, answer);
            callback.done(true);
            return true;
        }
        CompletableFuture<ObjectNode> later = answer;
        answer.whenComplete((ok, failed) -> {
            settle(exchange, later);
            ExecutionRun run = exchange.getProperty(ExchangeKeys.RUN, ExecutionRun.class);
            if (run != null) {
                run.services().workers().execute(() -> callback.done(false)); // not on the poller's timer thread
            } else {
                callback.done(false);
            }
        });
        return false;
    }

    private static void settle(Exchange exchange, CompletableFuture<ObjectNode> answer) {
        try {
            exchange.getMessage().setBody(rename(answer.join(), SdkSfnCall::upperFirst, true));
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            exchange.setException(cause instanceof ApiException api ? error(api) : cause);
        }
    }

    private static AslException error(ApiException e) {
        String type = e.type().endsWith("Exception") ? e.type() : e.type() + "Exception";
        return new AslException("Sfn." + type, e.getMessage());
    }

    /** Renames object keys all the way down; with {@code dates}, epoch-second dates become ISO-8601 text. */
    private static JsonNode rename(JsonNode node, UnaryOperator<String> names, boolean dates) {
        if (node instanceof ArrayNode array) {
            ArrayNode renamed = array.arrayNode();
            array.forEach(item -> renamed.add(rename(item, names, dates)));
            return renamed;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode renamed = object.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (dates && field.getKey().endsWith("Date") && value.isNumber()) {
                value = TextNode.valueOf(isoDate(value.decimalValue()));
            }
            renamed.set(names.apply(field.getKey()), rename(value, names, dates));
        }
        return renamed;
    }

    private static String isoDate(BigDecimal epochSeconds) {
        return Instant.ofEpochMilli(epochSeconds.movePointRight(3).longValue()).toString();
    }

    private static String lowerFirst(String key) {
        return key.isEmpty() ? key : Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }

    private static String upperFirst(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    @Override
    public String toString() {
        return "AwsSdkSfn[" + name + "]";
    }
}
