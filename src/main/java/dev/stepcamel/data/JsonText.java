package dev.stepcamel.data;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value kept as a tree and written as JSON text only when someone reads it, as history
 * events do with state inputs and outputs. Serialises as a JSON string holding the text. Safe
 * because the runtime never changes a tree once made (ResultPath and templates copy).
 */
public final class JsonText {
    private final JsonNode node;
    private volatile String text;

    public JsonText(JsonNode node) {
        this.node = node;
    }

    public JsonNode node() {
        return node;
    }

    @JsonValue
    public String text() {
        String written = text;
        if (written == null) {
            written = Json.write(node);
            text = written;
        }
        return written;
    }

    @Override
    public String toString() {
        return text();
    }
}
