package dev.stepcamel.data.choice;

import static dev.stepcamel.data.choice.ChoiceTesting.comparison;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.asl.model.ComparisonOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Operands that AWS rejects when the definition is created are rejected at compile time. */
class CompileErrorsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "NumericEquals | '1'",
        "NumericLessThan | null",
        "StringEquals | 1",
        "BooleanEquals | 'true'",
        "TimestampEquals | '2020-01-01'",
        "TimestampLessThan | 1",
        "StringMatches | 1",
        "IsNull | 'true'",
        "IsPresent | 1",
        "StringEqualsPath | 1",
        "NumericEqualsPath | 'no-dollar'",
    })
    void rejectsAnOperandOfTheWrongType(ComparisonOperator op, String operand) {
        assertThatThrownBy(() -> ChoiceRuleCompiler.compile(comparison("$.v", op, operand)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(op.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"v", "$.a[?(@.b ==", "''"})
    void rejectsAVariableThatIsNotAPath(String variable) {
        assertThatThrownBy(() -> ChoiceRuleCompiler.compile(
                comparison(variable, ComparisonOperator.IsNull, "true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Variable");
    }
}
