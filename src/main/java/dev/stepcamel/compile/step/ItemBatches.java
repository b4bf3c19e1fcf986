package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import dev.stepcamel.data.JsonSize;
import dev.stepcamel.data.PayloadTemplate;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * A Distributed Map's ItemBatcher: the selected items are grouped so that each iteration gets
 * {@code {"BatchInput": ..., "Items": [...]}}, with at most {@code MaxItemsPerBatch} items and
 * {@code MaxInputBytesPerBatch} bytes (never above the 256 KiB payload limit). Each limit is a
 * number, a path into the state input, or in a JSONata state an expression; {@code BatchInput}
 * is a template evaluated once per state against the state input.
 */
final class ItemBatches {
    private final Limit maxItems;
    private final Limit maxBytes;
    private final PayloadTemplate batchInput;
    private final JsonataTemplate jsonataBatchInput;

    private ItemBatches(JsonNode batcher, boolean jsonata) {
        this.maxItems = Limit.of(batcher, "MaxItemsPerBatch", jsonata);
        this.maxBytes = Limit.of(batcher, "MaxInputBytesPerBatch", jsonata);
        JsonNode template = batcher.get("BatchInput");
        this.batchInput = template == null || jsonata ? null : PayloadTemplate.compile(template);
        this.jsonataBatchInput = template == null || !jsonata ? null : JsonataTemplate.compile("BatchInput", template);
    }

    /** The Map's batcher, or {@code null} when it has no ItemBatcher. */
    static ItemBatches of(MapState state) {
        JsonNode batcher = state.itemBatcher();
        return batcher == null || !batcher.isObject() ? null : new ItemBatches(batcher, state.dataFlow().isJsonata());
    }

    List<JsonNode> batch(Exchange exchange, JsonNode input, StateEvaluationContext ctx, List<JsonNode> items) {
        long itemLimit = maxItems == null ? Long.MAX_VALUE : maxItems.value(exchange, input, ctx);
        long byteLimit = Math.min(JsonSize.PAYLOAD_LIMIT_BYTES,
                maxBytes == null ? Long.MAX_VALUE : maxBytes.value(exchange, input, ctx));
        JsonNode shared = batchInput != null ? batchInput.evaluate(input, ctx)
                : jsonataBatchInput != null ? JsonataStep.evaluate(exchange, jsonataBatchInput, false) : null;
        long sharedBytes = shared == null ? 0 : JsonSize.sizeUpTo(shared, byteLimit + 1);
        List<JsonNode> batches = new ArrayList<>();
        ArrayNode current = null;
        long currentBytes = 0;
        for (JsonNode item : items) {
            long itemBytes = JsonSize.sizeUpTo(item, byteLimit + 1) + 1;
            boolean full = current != null && (current.size() >= itemLimit
                    || sharedBytes + currentBytes + itemBytes > byteLimit);
            if (current == null || full) {
                current = Json.MAPPER.createArrayNode();
                ObjectNode batch = Json.MAPPER.createObjectNode();
                if (shared != null) {
                    batch.set("BatchInput", shared);
                }
                batch.set("Items", current);
                batches.add(batch);
                currentBytes = 0;
            }
            current.add(item);
            currentBytes += itemBytes;
        }
        return batches;
    }

    /** One of the batch limits: a fixed number, a reference path, or a JSONata expression. */
    private record Limit(String field, long fixed, JsonPathExpression path, JsonataField expression) {
        static Limit of(JsonNode batcher, String field, boolean jsonata) {
            JsonNode value = batcher.get(field);
            if (jsonata && JsonataTemplate.isExpression(value)) {
                return new Limit(field, 0, null, JsonataField.of(field, value));
            }
            if (value != null && value.canConvertToLong()) {
                return new Limit(field, value.asLong(), null, null);
            }
            JsonNode path = batcher.get(field + "Path");
            return path == null ? null : new Limit(field, 0, JsonPathExpression.compile(path.asText()), null);
        }

        long value(Exchange exchange, JsonNode input, StateEvaluationContext ctx) {
            if (expression != null) {
                return expression.integer(exchange, 1);
            }
            if (path == null) {
                return fixed;
            }
            return ReferencedNumbers.wholeNumber(exchange, field + "Path", path, input, ctx, 1);
        }
    }
}
