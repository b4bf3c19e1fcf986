package dev.stepcamel.data.choice;

import dev.stepcamel.asl.model.ChoiceRule;
import java.util.List;

/** Compiles a Choice rule tree once, when the definition loads. */
public final class ChoiceRuleCompiler {
    private ChoiceRuleCompiler() {
    }

    /**
     * Compiles {@code rule}: its paths, its literal operands (a NumericEquals operand becomes an
     * exact decimal, a TimestampEquals operand an instant) and its And/Or/Not structure.
     *
     * @throws IllegalArgumentException when a path does not compile or an operand has the wrong
     *     type for its operator (AWS rejects such definitions)
     */
    public static CompiledRule compile(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Comparison comparison) {
            String name = comparison.operator().name();
            return OperatorTable.row(comparison.operator()).compile(
                    name, ChoicePaths.compile(comparison.variable(), "Variable"), comparison.operand());
        }
        if (rule instanceof ChoiceRule.And and) {
            return new Rules.And(compileAll(and.rules()));
        }
        if (rule instanceof ChoiceRule.Or or) {
            return new Rules.Or(compileAll(or.rules()));
        }
        if (rule instanceof ChoiceRule.Not not) {
            return new Rules.Not(compile(not.rule()));
        }
        throw new IllegalArgumentException("not a choice rule: " + rule);
    }

    private static List<CompiledRule> compileAll(List<ChoiceRule> rules) {
        return rules.stream().map(ChoiceRuleCompiler::compile).toList();
    }
}
