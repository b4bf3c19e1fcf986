package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonSize;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * Workflow variables on an exchange. A state's Assign is staged, then applied when the state
 * exits, so every expression of the state sees the values from before it. The map is replaced,
 * never changed: a Parallel branch or Map iteration starts with its parent's map and its own
 * assignments stay in its own exchange, so they do not flow out.
 */
final class Variables {
    static final long VARIABLE_LIMIT_BYTES = 256 * 1024;
    static final long ASSIGN_LIMIT_BYTES = 256 * 1024;
    static final long EXECUTION_LIMIT_BYTES = 10L * 1024 * 1024;

    private Variables() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, JsonNode> current(Exchange exchange) {
        Map<String, JsonNode> map = exchange.getProperty(ExchangeKeys.VARIABLES, Map.class);
        return map == null ? Map.of() : map;
    }

    /** Stages values to assign when the state exits; later stagings of the same state win per name. */
    static void stage(Exchange exchange, JsonNode assigned) {
        if (!assigned.isObject() || assigned.isEmpty()) {
            return;
        }
        ObjectNode pending = exchange.getProperty(ExchangeKeys.PENDING_ASSIGN, ObjectNode.class);
        if (pending == null) {
            pending = Json.MAPPER.createObjectNode();
            exchange.setProperty(ExchangeKeys.PENDING_ASSIGN, pending);
        }
        pending.setAll((ObjectNode) assigned);
    }

    /** Applies the staged values, enforcing AWS's size limits; returns them, or {@code null} when none were staged. */
    static ObjectNode commit(Exchange exchange) {
        ObjectNode pending = exchange.getProperty(ExchangeKeys.PENDING_ASSIGN, ObjectNode.class);
        if (pending == null) {
            return null;
        }
        exchange.removeProperty(ExchangeKeys.PENDING_ASSIGN);
        Map<String, JsonNode> current = current(exchange);
        Long known = exchange.getProperty(ExchangeKeys.VARIABLES_BYTES, Long.class);
        long total = known == null ? 0 : known;
        for (Map.Entry<String, JsonNode> entry : pending.properties()) {
            long size = JsonSize.sizeUpTo(entry.getValue(), VARIABLE_LIMIT_BYTES);
            if (size > VARIABLE_LIMIT_BYTES) {
                throw StateErrors.of(exchange, ErrorNames.DATA_LIMIT_EXCEEDED, "The variable '" + entry.getKey()
                        + "' has a size exceeding the maximum number of bytes service limit.");
            }
            JsonNode replaced = current.get(entry.getKey());
            total += size - (replaced == null ? 0 : JsonSize.sizeUpTo(replaced, VARIABLE_LIMIT_BYTES));
        }
        if (JsonSize.exceeds(pending, ASSIGN_LIMIT_BYTES)) {
            throw StateErrors.of(exchange, ErrorNames.DATA_LIMIT_EXCEEDED,
                    "The Assign field has a size exceeding the maximum number of bytes service limit.");
        }
        if (total > EXECUTION_LIMIT_BYTES) {
            throw StateErrors.of(exchange, ErrorNames.DATA_LIMIT_EXCEEDED,
                    "The workflow variables have a total size exceeding the maximum number of bytes service limit.");
        }
        Map<String, JsonNode> next = new HashMap<>(current);
        pending.properties().forEach(e -> next.put(e.getKey(), e.getValue()));
        exchange.setProperty(ExchangeKeys.VARIABLES, Map.copyOf(next));
        exchange.setProperty(ExchangeKeys.VARIABLES_BYTES, total);
        return pending;
    }

    /**
     * Puts back a frame's variables after a restart: {@code own}, what the frame assigned itself,
     * over what the exchange has from its parent frame; the total size is counted again.
     */
    static void restore(Exchange exchange, Map<String, JsonNode> own) {
        Map<String, JsonNode> restored = current(exchange);
        if (!own.isEmpty()) {
            Map<String, JsonNode> merged = new HashMap<>(restored);
            merged.putAll(own);
            restored = Map.copyOf(merged);
        }
        if (restored.isEmpty()) {
            return;
        }
        long total = 0;
        for (JsonNode value : restored.values()) {
            total += JsonSize.sizeUpTo(value, VARIABLE_LIMIT_BYTES);
        }
        exchange.setProperty(ExchangeKeys.VARIABLES, restored);
        exchange.setProperty(ExchangeKeys.VARIABLES_BYTES, total);
    }

    /** {@code assignedVariables} as AWS's StateExited event gives it: each value as JSON text. */
    static ObjectNode forHistory(ObjectNode assigned) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        assigned.properties().forEach(e -> out.put(e.getKey(), Json.write(e.getValue())));
        return out;
    }

}
