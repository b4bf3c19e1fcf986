package dev.stepcamel.triggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepcamel.data.Json;
import java.nio.charset.StandardCharsets;

/** A trigger message's body as execution input: JSON as is; other text as {@code {"body": text}}. */
final class TriggerInput {
    private TriggerInput() {
    }

    static String of(Object body) {
        if (body == null) {
            return "{}";
        }
        if (body instanceof byte[] bytes) {
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        if (!(body instanceof String)) {
            return Json.write(Json.MAPPER.valueToTree(body));
        }
        String text = (String) body;
        if (text.isBlank()) {
            return "{}";
        }
        try {
            Json.parse(text);
            return text;
        } catch (JsonProcessingException notJson) {
            return Json.write(Json.MAPPER.createObjectNode().put("body", text));
        }
    }
}
