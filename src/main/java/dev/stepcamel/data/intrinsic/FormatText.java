package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.util.Map;

/**
 * How States.Format prints a value in place of {@code {}}: strings bare, numbers, booleans and
 * null as in JSON, and objects and arrays the way AWS prints them, as {@code {a=1, b=[x, y]}}
 * with nested strings unquoted.
 */
final class FormatText {
    private FormatText() {
    }

    static void append(StringBuilder out, JsonNode value) {
        if (value.isTextual()) {
            out.append(value.textValue());
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, value.get(i));
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                out.append(first ? "" : ", ").append(field.getKey()).append('=');
                append(out, field.getValue());
                first = false;
            }
            out.append('}');
        } else {
            out.append(Json.write(value));
        }
    }
}
