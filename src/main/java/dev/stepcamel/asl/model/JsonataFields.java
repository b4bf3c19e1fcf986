package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The JSONata-mode fields of a state ({@code QueryLanguage: JSONata}). {@code arguments} and
 * {@code output} are {@code null} when absent. {@code values} holds the state type's own fields as
 * written, when they may be expressions: {@code Items}, {@code Seconds}, {@code Timestamp},
 * {@code TimeoutSeconds}, {@code HeartbeatSeconds}, {@code MaxConcurrency},
 * {@code ToleratedFailureCount}, {@code ToleratedFailurePercentage}, {@code Error}, {@code Cause}.
 */
public record JsonataFields(JsonNode arguments, JsonNode output, Map<String, JsonNode> values) {
    public static final JsonataFields NONE = new JsonataFields(null, null, Map.of());

    public JsonNode value(String field) {
        return values.get(field);
    }
}
