package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of a JSON request body, refusing what AWS refuses with AWS's validation messages. */
final class Request {
    static final int DEFAULT_MAX_RESULTS = 100;
    static final int MAX_MAX_RESULTS = 1000;

    private final ObjectNode body;

    Request(ObjectNode body) {
        this.body = body;
    }

    String string(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new ApiException("SerializationException", "Expected a string for '" + member + "'");
        }
        return node.textValue();
    }

    String requiredString(String member) {
        String value = string(member);
        if (value == null) {
            throw ApiException.validation("null", member, "not be null");
        }
        return value;
    }

    boolean bool(String member, boolean absent) {
        JsonNode node = body.get(member);
        return node == null || node.isNull() ? absent : node.asBoolean();
    }

    /** AWS's maxResults: 0 or absent means the default page size, at most 1000. */
    int maxResults() {
        JsonNode node = body.get("maxResults");
        int value = node == null || node.isNull() ? 0 : node.asInt();
        if (value < 0 || value > MAX_MAX_RESULTS) {
            throw ApiException.validation("'" + value + "'", "maxResults",
                    "have value " + (value < 0 ? "greater than or equal to 0" : "less than or equal to 1000"));
        }
        return value == 0 ? DEFAULT_MAX_RESULTS : value;
    }

    /** An enum member, null when absent, refused as AWS refuses a value outside the set. */
    <E extends Enum<E>> E enumValue(String member, Class<E> type) {
        String value = string(member);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("'" + value + "'", member,
                    "satisfy enum value set: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** AWS's tag list, {@code [{"key": ..., "value": ...}]}. */
    Map<String, String> tags(String member) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode node = body.get(member);
        if (node != null && node.isArray()) {
            node.forEach(tag -> tags.put(tag.path("key").asText(), tag.path("value").asText()));
        }
        return tags;
    }

    List<String> strings(String member) {
        List<String> values = new ArrayList<>();
        JsonNode node = body.get(member);
        if (node == null || !node.isArray()) {
            throw ApiException.validation("null", member, "not be null");
        }
        node.forEach(v -> values.add(v.asText()));
        return values;
    }
}
