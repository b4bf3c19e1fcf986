package dev.stepcamel.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.DataFlow;
import dev.stepcamel.asl.model.JsonataFields;
import dev.stepcamel.asl.model.Transition;
import java.util.ArrayList;
import java.util.List;

/** Small readers for the field shapes ASL repeats across state types. */
final class Fields {
    private Fields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }

    static Long longValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asLong();
    }

    static Double decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    /** A path field with ASL's tri-state: absent is {@code $}, JSON null is {@code null}. */
    static String path(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return DataFlow.ROOT;
        }
        return value.isNull() ? null : value.asText();
    }

    static JsonNode raw(JsonNode node, String field) {
        return node.get(field);
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null) {
            array.forEach(item -> out.add(item.asText()));
        }
        return List.copyOf(out);
    }

    static Transition transition(JsonNode state) {
        String next = text(state, "Next");
        return next == null ? Transition.END : new Transition(next);
    }

    /** The fields of a JSONata state that may hold expressions, besides Arguments, Output and Assign. */
    private static final List<String> JSONATA_VALUES = List.of("Items", "Seconds", "Timestamp", "TimeoutSeconds",
            "HeartbeatSeconds", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "Error",
            "Cause");

    static DataFlow dataFlow(JsonNode state, String parametersField, boolean jsonata) {
        if (jsonata) {
            java.util.Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
            for (String field : JSONATA_VALUES) {
                if (state.has(field)) {
                    values.put(field, state.get(field));
                }
            }
            return DataFlow.jsonata(new JsonataFields(raw(state, "Arguments"), raw(state, "Output"),
                    java.util.Collections.unmodifiableMap(values)), raw(state, "Assign"));
        }
        return new DataFlow(path(state, "InputPath"), raw(state, parametersField), raw(state, "ResultSelector"),
                path(state, "ResultPath"), path(state, "OutputPath"), raw(state, "Assign"), null);
    }
}
