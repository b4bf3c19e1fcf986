package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.math.BigDecimal;
import java.util.Map;

/** Value comparison for ArrayContains and ArrayUnique: numbers compare by value (1 equals 1.0). */
final class JsonValues {
    private JsonValues() {
    }

    /** A copy whose numbers are canonical decimals, so that Jackson's equals and hashCode compare values. */
    static JsonNode normalized(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            return DecimalNode.valueOf(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
        if (node.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            node.forEach(item -> out.add(normalized(item)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = Json.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.set(field.getKey(), normalized(field.getValue()));
            }
            return out;
        }
        return node;
    }
}
