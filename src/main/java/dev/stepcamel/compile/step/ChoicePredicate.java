package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.data.choice.ChoiceRuleCompiler;
import dev.stepcamel.data.choice.CompiledRule;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/** One Choice rule as a Camel predicate over the state's effective input. */
public final class ChoicePredicate implements Predicate {
    private final CompiledRule rule;
    private final String text;

    public ChoicePredicate(ChoiceRule rule) {
        this.rule = ChoiceRuleCompiler.compile(rule);
        this.text = describe(rule);
    }

    @Override
    public boolean matches(Exchange exchange) {
        try {
            return rule.test(Steps.body(exchange), new StateEvaluationContext(exchange));
        } catch (AslException e) {
            throw StateErrors.located(exchange, e);
        }
    }

    static String describe(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Comparison c) {
            return c.variable() + " " + c.operator() + " " + c.operand();
        }
        if (rule instanceof ChoiceRule.Not n) {
            return "Not(" + describe(n.rule()) + ")";
        }
        var parts = rule instanceof ChoiceRule.And a ? a.rules() : ((ChoiceRule.Or) rule).rules();
        StringBuilder out = new StringBuilder(rule instanceof ChoiceRule.And ? "And(" : "Or(");
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(describe(parts.get(i)));
        }
        return out.append(')').toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
