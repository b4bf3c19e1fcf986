package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Payload templates (Parameters, ResultSelector, ItemSelector, Assign, Credentials): free JSON,
 * except that a key ending in {@code .$} takes a string that is a path or an intrinsic call.
 */
final class Templates {
    private Templates() {
    }

    static void check(Node owner, String field) {
        JsonNode template = owner.get(field);
        if (template != null) {
            walk(template, owner.at.child(field), owner.what, field, owner.problems);
        }
    }

    private static void walk(JsonNode node, Pointer at, String what, String field, Problems problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at.child(i), what, field, problems);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            Pointer keyAt = at.child(key);
            if (!key.endsWith(".$")) {
                walk(entry.getValue(), keyAt, what, field, problems);
                continue;
            }
            JsonNode value = entry.getValue();
            String problem = value.isTextual() ? Paths.dynamicValueProblem(value.asText())
                    : "must be a string holding a JSONPath or intrinsic function call, but was " + value;
            if (problem != null) {
                problems.schema(keyAt, "The value of '" + key + "' in " + field + " of " + what + " " + problem);
            }
        }
    }
}
