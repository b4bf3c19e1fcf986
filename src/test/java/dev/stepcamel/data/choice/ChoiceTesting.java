package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.asl.model.ComparisonOperator;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;

/** Shorthand for building rules and inputs in these tests; JSON may use ' for ". */
final class ChoiceTesting {
    private ChoiceTesting() {
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ChoiceRule.Comparison comparison(String variable, ComparisonOperator operator, String operandJson) {
        return new ChoiceRule.Comparison(variable, operator, json(operandJson));
    }

    static boolean test(ChoiceRule rule, String inputJson) {
        return ChoiceRuleCompiler.compile(rule).test(json(inputJson), EvaluationContext.EMPTY);
    }

    /** Evaluates {@code Variable: $.v} against {@code {"v": value}}. */
    static boolean testValue(ComparisonOperator operator, String operandJson, String valueJson) {
        return test(comparison("$.v", operator, operandJson), "{'v': " + valueJson + "}");
    }

    /** The same comparison through the operator's *Path twin, the operand moved to {@code $.o}. */
    static boolean testViaPath(ComparisonOperator operator, String operandJson, String valueJson) {
        ComparisonOperator twin = ComparisonOperator.valueOf(operator.name() + "Path");
        return test(comparison("$.v", twin, "'$.o'"), "{'v': " + valueJson + ", 'o': " + operandJson + "}");
    }
}
