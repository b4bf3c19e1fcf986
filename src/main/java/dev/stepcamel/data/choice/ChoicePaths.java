package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.JsonPathExpression;

/** Compiling and reading the paths a Choice rule names ({@code Variable} and the *Path operands). */
final class ChoicePaths {
    private ChoicePaths() {
    }

    static JsonPathExpression compile(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " must be a path");
        }
        try {
            return JsonPathExpression.compile(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a valid path: " + text, e);
        }
    }

    /** The value at {@code path}; AWS fails the state when it selects nothing. */
    static JsonNode require(JsonPathExpression path, JsonNode input, EvaluationContext ctx) {
        JsonNode value = path.evaluate(input, ctx);
        if (value == null) {
            throw AslException.runtime("Invalid path '" + path.text()
                    + "': The choice state's condition path references an invalid value.");
        }
        return value;
    }
}
