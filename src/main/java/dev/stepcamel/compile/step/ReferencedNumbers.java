package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import org.apache.camel.Exchange;

/**
 * Numbers that a Map's {@code *Path} fields (MaxConcurrencyPath, ToleratedFailure*Path, the
 * ItemReader's MaxItemsPath, the ItemBatcher's limits) refer to, and AWS's error when the value
 * is not one. The ItemReader and ItemBatcher take a whole number also as a string holding one
 * ({@code "2"}), as the recorded runs show.
 */
final class ReferencedNumbers {
    private ReferencedNumbers() {
    }

    /** The whole number {@code path} refers to in {@code input}, from {@code min} up; States.Runtime otherwise. */
    static long wholeNumber(Exchange exchange, String field, JsonPathExpression path, JsonNode input,
            StateEvaluationContext ctx, long min) {
        JsonNode value = path.evaluate(input, ctx);
        Long number = integer(value);
        if (number == null || number < min) {
            throw invalid(exchange, field, value, "integer", path);
        }
        return number;
    }

    /** AWS's States.Runtime for a {@code *Path} field whose value is not of {@code type}. */
    static RuntimeException invalid(Exchange exchange, String field, JsonNode value, String type,
            JsonPathExpression path) {
        String shown = value == null ? "null" : value.isTextual() ? value.asText() : Json.write(value);
        return StateErrors.runtime(exchange, "The " + field + " field refers to value \"" + shown
                + "\" which is not a valid " + type + ": " + path.text());
    }

    private static Long integer(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
