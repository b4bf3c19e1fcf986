package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Choice condition: in JSONPath mode a comparison or a boolean combination of conditions, in
 * JSONata mode a {@code Condition} (a {@code {% %}} expression or a literal boolean).
 */
public sealed interface ChoiceRule {

    /** {@code Variable} compared by {@code operator} against {@code operand} (a path for the *Path operators). */
    record Comparison(String variable, ComparisonOperator operator, JsonNode operand) implements ChoiceRule {
    }

    record And(List<ChoiceRule> rules) implements ChoiceRule {
    }

    record Or(List<ChoiceRule> rules) implements ChoiceRule {
    }

    record Not(ChoiceRule rule) implements ChoiceRule {
    }

    /** JSONata: the {@code Condition} field as written. */
    record Condition(JsonNode condition) implements ChoiceRule {
    }
}
