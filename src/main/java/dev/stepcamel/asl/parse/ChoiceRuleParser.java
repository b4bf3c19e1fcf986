package dev.stepcamel.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Choice rules: a comparison ({@code Variable} + one operator) or {@code And}/{@code Or}/{@code Not}. */
final class ChoiceRuleParser {
    private ChoiceRuleParser() {
    }

    static ChoiceRule rule(JsonNode node) {
        if (node.has("And")) {
            return new ChoiceRule.And(rules(node.get("And")));
        }
        if (node.has("Or")) {
            return new ChoiceRule.Or(rules(node.get("Or")));
        }
        if (node.has("Not")) {
            return new ChoiceRule.Not(rule(node.get("Not")));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            ComparisonOperator operator = ComparisonOperator.byName(field);
            if (operator != null) {
                return new ChoiceRule.Comparison(Fields.text(node, "Variable"), operator, node.get(field));
            }
        }
        throw new IllegalArgumentException("a choice rule needs a comparison operator or And/Or/Not");
    }

    private static List<ChoiceRule> rules(JsonNode array) {
        List<ChoiceRule> out = new ArrayList<>();
        array.forEach(item -> out.add(rule(item)));
        return List.copyOf(out);
    }
}
