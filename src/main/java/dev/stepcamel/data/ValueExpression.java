package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;

/** A compiled expression that yields a JSON value: a path, an intrinsic function call, or a literal. */
public interface ValueExpression {

    /**
     * Evaluates against the state's effective input and the context object.
     *
     * @return the value, or {@code null} when a path selects nothing
     */
    JsonNode evaluate(JsonNode input, EvaluationContext context);

    /** The expression as written in the definition, for error messages. */
    String text();
}
