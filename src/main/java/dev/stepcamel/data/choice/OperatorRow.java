package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.JsonPathExpression;

/** One row of {@link OperatorTable}: turns a comparison with this operator into a rule. */
sealed interface OperatorRow {

    /**
     * @param name the operator as written, for messages
     * @throws IllegalArgumentException when the operand is not what the operator needs
     */
    CompiledRule compile(String name, JsonPathExpression variable, JsonNode operand);

    /** Ordered comparison of one value kind, against a literal or (for *Path) another path. */
    record Compare<T>(ValueKind<T> kind, Relation relation, boolean operandIsPath) implements OperatorRow {
        @Override
        public CompiledRule compile(String name, JsonPathExpression variable, JsonNode operand) {
            if (operandIsPath) {
                String path = operand != null && operand.isTextual() ? operand.textValue() : null;
                return new Rules.ComparePath<>(variable, kind, relation, ChoicePaths.compile(path, name));
            }
            T literal = operand == null ? null : kind.read(operand);
            if (literal == null) {
                throw new IllegalArgumentException(name + " needs " + kind.description() + ", got " + operand);
            }
            return new Rules.CompareLiteral<>(variable, kind, relation, literal);
        }
    }

    record Matches() implements OperatorRow {
        @Override
        public CompiledRule compile(String name, JsonPathExpression variable, JsonNode operand) {
            if (operand == null || !operand.isTextual()) {
                throw new IllegalArgumentException(name + " needs a string pattern, got " + operand);
            }
            return new Rules.Matches(variable, WildcardPattern.compile(operand.textValue()));
        }
    }

    record Test(TypeTest test) implements OperatorRow {
        @Override
        public CompiledRule compile(String name, JsonPathExpression variable, JsonNode operand) {
            if (operand == null || !operand.isBoolean()) {
                throw new IllegalArgumentException(name + " needs true or false, got " + operand);
            }
            return new Rules.TypeTestRule(variable, test, operand.booleanValue());
        }
    }
}
