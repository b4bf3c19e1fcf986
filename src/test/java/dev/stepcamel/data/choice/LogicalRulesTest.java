package dev.stepcamel.data.choice;

import static dev.stepcamel.asl.model.ComparisonOperator.IsPresent;
import static dev.stepcamel.asl.model.ComparisonOperator.NumericGreaterThan;
import static dev.stepcamel.asl.model.ComparisonOperator.StringEquals;
import static dev.stepcamel.data.choice.ChoiceTesting.comparison;
import static dev.stepcamel.data.choice.ChoiceTesting.json;
import static dev.stepcamel.data.choice.ChoiceTesting.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.data.EvaluationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogicalRulesTest {
    private static final ChoiceRule BIG = comparison("$.n", NumericGreaterThan, "10");
    private static final ChoiceRule RED = comparison("$.colour", StringEquals, "'red'");

    @ParameterizedTest(name = "n={0}, colour={1}")
    @CsvSource({"11, red, true, true, false", "11, blue, false, true, false", "5, red, false, true, true",
        "5, blue, false, false, true"})
    void combinesConditions(int n, String colour, boolean and, boolean or, boolean notBig) {
        String input = "{'n': " + n + ", 'colour': '" + colour + "'}";

        assertThat(test(new ChoiceRule.And(List.of(BIG, RED)), input)).isEqualTo(and);
        assertThat(test(new ChoiceRule.Or(List.of(BIG, RED)), input)).isEqualTo(or);
        assertThat(test(new ChoiceRule.Not(BIG), input)).isEqualTo(notBig);
    }

    @Test
    void nestsToAnyDepth() {
        // not (n > 10 and (colour == red or not (n > 10)))
        ChoiceRule rule = new ChoiceRule.Not(new ChoiceRule.And(List.of(
                BIG, new ChoiceRule.Or(List.of(RED, new ChoiceRule.Not(BIG))))));

        assertThat(test(rule, "{'n': 11, 'colour': 'red'}")).isFalse();
        assertThat(test(rule, "{'n': 11, 'colour': 'blue'}")).isTrue();
        assertThat(test(rule, "{'n': 1, 'colour': 'blue'}")).isTrue();
    }

    @Test
    void andStopsAtTheFirstFalseSoIsPresentGuardsAMissingField() {
        ChoiceRule guarded = new ChoiceRule.And(List.of(
                comparison("$.maybe", IsPresent, "true"), comparison("$.maybe", StringEquals, "'x'")));

        assertThat(test(guarded, "{}")).isFalse();
        assertThat(test(guarded, "{'maybe': 'x'}")).isTrue();
    }

    @Test
    void orStopsAtTheFirstTrue() {
        ChoiceRule rule = new ChoiceRule.Or(List.of(RED, comparison("$.missing", StringEquals, "'x'")));

        assertThat(test(rule, "{'colour': 'red'}")).isTrue();
        assertThatThrownBy(() -> test(rule, "{'colour': 'blue'}")).isInstanceOf(AslException.class);
    }

    @Test
    void variableMayReadTheContextObject() {
        CompiledRule rule = ChoiceRuleCompiler.compile(
                comparison("$$.Execution.Name", StringEquals, "'nightly'"));
        EvaluationContext ctx = () -> json("{'Execution': {'Name': 'nightly'}}");

        assertThat(rule.test(json("{}"), ctx)).isTrue();
        assertThat(rule.test(json("{}"), () -> json("{'Execution': {'Name': 'other'}}"))).isFalse();
    }

    @Test
    void pathOperandMayReadTheContextObject() {
        CompiledRule rule = ChoiceRuleCompiler.compile(comparison("$.name",
                dev.stepcamel.asl.model.ComparisonOperator.StringEqualsPath, "'$$.Execution.Name'"));

        assertThat(rule.test(json("{'name': 'nightly'}"), () -> json("{'Execution': {'Name': 'nightly'}}")))
                .isTrue();
    }
}
