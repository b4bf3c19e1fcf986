package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Exchange;

/**
 * One of a JSONata state's own fields that may be an expression ({@code Items}, {@code Seconds},
 * {@code TimeoutSeconds}, {@code Error}, ...), with AWS's checks of the type of its value.
 */
final class JsonataField {
    private final String field;
    private final JsonataTemplate template;

    private JsonataField(String field, JsonataTemplate template) {
        this.field = field;
        this.template = template;
    }

    /** The field, or {@code null} when the state does not have it. */
    static JsonataField of(String field, JsonNode value) {
        return value == null ? null : new JsonataField(field, JsonataTemplate.compile(field, value));
    }

    JsonNode value(Exchange exchange) {
        return JsonataStep.evaluate(exchange, template, false);
    }

    JsonNode array(Exchange exchange) {
        JsonNode value = value(exchange);
        if (!value.isArray()) {
            throw unexpected(exchange, "array", value);
        }
        return value;
    }

    /** A whole number from {@code min} up. */
    long integer(Exchange exchange, long min) {
        JsonNode value = value(exchange);
        if (!value.isNumber() || value.doubleValue() != Math.rint(value.doubleValue()) || value.doubleValue() < min) {
            throw unexpected(exchange, "integer", value);
        }
        return value.longValue();
    }

    double number(Exchange exchange) {
        JsonNode value = value(exchange);
        if (!value.isNumber()) {
            throw unexpected(exchange, "number", value);
        }
        return value.doubleValue();
    }

    boolean bool(Exchange exchange) {
        JsonNode value = value(exchange);
        if (!value.isBoolean()) {
            throw unexpected(exchange, "boolean", value);
        }
        return value.booleanValue();
    }

    String text(Exchange exchange) {
        JsonNode value = value(exchange);
        if (!value.isTextual()) {
            throw unexpected(exchange, "string", value);
        }
        return value.textValue();
    }

    private RuntimeException unexpected(Exchange exchange, String expected, JsonNode value) {
        return StateErrors.of(exchange, ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '"
                + template.text() + "' specified for the field '" + field + "' returned an unexpected result type. "
                + "Expected '" + expected + "', but was '" + kind(value) + "' for value: " + Json.write(value));
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }

    @Override
    public String toString() {
        return field;
    }
}
