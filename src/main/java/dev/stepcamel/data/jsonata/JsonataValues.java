package dev.stepcamel.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the engine's values. The engine computes in doubles (as
 * JavaScript does); a whole number comes back as an integer so that {@code 3} prints as {@code 3},
 * the way AWS prints it. JSON {@code null} is the engine's {@link Jsonata#NULL_VALUE}; Java
 * {@code null} is JSONata's "undefined".
 */
final class JsonataValues {
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
    /** Beyond 2^53 a double no longer holds every integer; JavaScript prints such values as floats too. */
    private static final double LARGEST_EXACT = 9007199254740992d;

    private JsonataValues() {
    }

    static Object toEngine(JsonNode node) {
        if (node == null) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                node.properties().forEach(e -> map.put(e.getKey(), toEngine(e.getValue())));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(item -> list.add(toEngine(item)));
                return list;
            }
            case STRING -> {
                return node.textValue();
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            case NUMBER -> {
                if (node.canConvertToInt()) {
                    return node.intValue();
                }
                return node.canConvertToLong() && node.isIntegralNumber() ? (Object) node.longValue() : node.doubleValue();
            }
            default -> {
                return Jsonata.NULL_VALUE;
            }
        }
    }

    /** The JSON form of an engine value; {@code null} when the value is undefined. */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((key, item) -> {
                JsonNode json = toJson(item);
                if (json != null) {
                    out.set(String.valueOf(key), json);
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            ArrayNode out = NODES.arrayNode(list.size());
            for (Object item : list) {
                JsonNode json = toJson(item);
                if (json != null) {
                    out.add(json);
                }
            }
            return out;
        }
        // A function value has no JSON form; JSON.stringify leaves it out, and so do we.
        return null;
    }

    private static JsonNode number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            long whole = number.longValue();
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        if (number instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (number instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        double d = number.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < LARGEST_EXACT) {
            long whole = (long) d;
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        return NODES.numberNode(d);
    }
}
