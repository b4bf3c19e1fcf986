package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.JsonPathExpression;
import java.util.List;

/** The compiled forms of each kind of Choice rule. */
final class Rules {
    private Rules() {
    }

    /** Variable compared with a literal converted once, at compile time. */
    record CompareLiteral<T>(JsonPathExpression variable, ValueKind<T> kind, Relation relation, T operand)
            implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            T value = kind.read(ChoicePaths.require(variable, input, ctx));
            return value != null && relation.holds(kind.compare(value, operand));
        }
    }

    /** Variable compared with the value at a second path (the {@code ...Path} operators). */
    record ComparePath<T>(JsonPathExpression variable, ValueKind<T> kind, Relation relation,
            JsonPathExpression operand) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            JsonNode variableNode = ChoicePaths.require(variable, input, ctx);
            JsonNode operandNode = ChoicePaths.require(operand, input, ctx);
            T left = kind.read(variableNode);
            T right = kind.read(operandNode);
            return left != null && right != null && relation.holds(kind.compare(left, right));
        }
    }

    /** {@code IsNull}, {@code IsPresent}, ...: true when the answer equals the rule's boolean. */
    record TypeTestRule(JsonPathExpression variable, TypeTest test, boolean expected) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            JsonNode value = test.acceptsMissing()
                    ? variable.evaluate(input, ctx)
                    : ChoicePaths.require(variable, input, ctx);
            return test.test(value) == expected;
        }
    }

    record Matches(JsonPathExpression variable, WildcardPattern pattern) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            JsonNode value = ChoicePaths.require(variable, input, ctx);
            return value.isTextual() && pattern.matches(value.textValue());
        }
    }

    /** Stops at the first false rule, so an earlier IsPresent can guard a later comparison. */
    record And(List<CompiledRule> rules) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            for (CompiledRule rule : rules) {
                if (!rule.test(input, ctx)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<CompiledRule> rules) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            for (CompiledRule rule : rules) {
                if (rule.test(input, ctx)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(CompiledRule rule) implements CompiledRule {
        @Override
        public boolean test(JsonNode input, EvaluationContext ctx) {
            return !rule.test(input, ctx);
        }
    }
}
