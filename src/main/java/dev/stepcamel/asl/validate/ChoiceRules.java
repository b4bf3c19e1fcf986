package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Choice states: rules, their single operator, its operand, nesting through And/Or/Not, Default. */
final class ChoiceRules {
    private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");

    /** What each family of operators compares against, first matching prefix wins. */
    private record Operand(String prefix, Predicate<JsonNode> accepts, String expected) {
    }

    private static final List<Operand> OPERANDS = List.of(
            new Operand("String", JsonNode::isTextual, "a string"),
            new Operand("Numeric", JsonNode::isNumber, "a number"),
            new Operand("Boolean", JsonNode::isBoolean, "a boolean"),
            new Operand("Timestamp", v -> v.isTextual() && Paths.isTimestamp(v.asText()),
                    "an RFC 3339 timestamp string"),
            new Operand("Is", JsonNode::isBoolean, "a boolean"));
    private static final Operand PATH_OPERAND = new Operand("", v -> v.isTextual() && Paths.isPath(v.asText()),
            "a valid JSONPath");

    private static final Set<String> NESTED_FIELDS = fields(false);
    private static final Set<String> TOP_FIELDS = fields(true);

    private ChoiceRules() {
    }

    static void choice(Node state, StateChecker.Scope scope) {
        if (state.require("Choices")) {
            JsonNode choices = state.get("Choices");
            if (!choices.isArray() || choices.isEmpty()) {
                state.fail("Choices", "must be a non-empty array of choice rules");
            } else {
                for (int i = 0; i < choices.size(); i++) {
                    Node rule = Node.of(choices.get(i), state.at.child("Choices").child(i),
                            "choice rule " + i + " of " + state.what, state.problems);
                    if (rule != null) {
                        rule(rule, true, scope);
                    }
                }
            }
        }
        scope.edge(state, "Default");
    }

    private static void rule(Node rule, boolean top, StateChecker.Scope scope) {
        rule.allowOnly(top ? TOP_FIELDS : NESTED_FIELDS);
        if (top) {
            rule.require("Next");
            scope.edge(rule, "Next");
            Templates.check(rule, "Assign");
        }
        List<String> operators = operators(rule);
        if (operators.size() != 1) {
            rule.failHere("must have exactly one comparison operator or And/Or/Not, but has "
                    + (operators.isEmpty() ? "none" : String.join(" and ", operators)));
            return;
        }
        String operator = operators.get(0);
        if (COMBINATORS.contains(operator)) {
            if (rule.has("Variable")) {
                rule.fail("Variable", "is not allowed with " + operator);
            }
            combinator(rule, operator, scope);
            return;
        }
        if (rule.require("Variable")) {
            rule.path("Variable", false);
        }
        Operand operand = operand(ComparisonOperator.byName(operator));
        JsonNode value = rule.get(operator);
        if (!operand.accepts().test(value)) {
            rule.fail(operator, "must be " + operand.expected() + ", but was " + value);
        }
    }

    private static void combinator(Node rule, String operator, StateChecker.Scope scope) {
        JsonNode value = rule.get(operator);
        Pointer at = rule.at.child(operator);
        if (operator.equals("Not")) {
            Node inner = Node.of(value, at, "the Not rule of " + rule.what, rule.problems);
            if (inner != null) {
                rule(inner, false, scope);
            }
            return;
        }
        if (!value.isArray() || value.isEmpty()) {
            rule.fail(operator, "must be a non-empty array of choice rules");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            Node inner = Node.of(value.get(i), at.child(i), operator + " rule " + i + " of " + rule.what,
                    rule.problems);
            if (inner != null) {
                rule(inner, false, scope);
            }
        }
    }

    private static List<String> operators(Node rule) {
        List<String> found = new ArrayList<>();
        for (Iterator<String> names = rule.json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (COMBINATORS.contains(name) || ComparisonOperator.byName(name) != null) {
                found.add(name);
            }
        }
        return found;
    }

    private static Operand operand(ComparisonOperator operator) {
        if (operator.comparesToPath()) {
            return PATH_OPERAND;
        }
        return OPERANDS.stream().filter(o -> operator.name().startsWith(o.prefix())).findFirst().orElseThrow();
    }

    private static Set<String> fields(boolean top) {
        Set<String> fields = new HashSet<>(COMBINATORS);
        fields.addAll(Set.of("Variable", "Comment"));
        Arrays.stream(ComparisonOperator.values()).map(Enum::name).forEach(fields::add);
        if (top) {
            fields.addAll(Set.of("Next", "Assign"));
        }
        return Set.copyOf(fields);
    }
}
