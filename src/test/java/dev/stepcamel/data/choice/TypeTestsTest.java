package dev.stepcamel.data.choice;

import static dev.stepcamel.asl.model.ComparisonOperator.*;
import static dev.stepcamel.data.choice.ChoiceTesting.comparison;
import static dev.stepcamel.data.choice.ChoiceTesting.test;
import static dev.stepcamel.data.choice.ChoiceTesting.testValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp and IsPresent. */
class TypeTestsTest {

    static Stream<Arguments> typeQuestions() {
        return Stream.of(
                arguments(IsNull, "null", true),
                arguments(IsNull, "0", false),
                arguments(IsNull, "''", false),
                arguments(IsNull, "{}", false),
                arguments(IsNumeric, "0", true),
                arguments(IsNumeric, "-1.5e3", true),
                arguments(IsNumeric, "'1'", false),
                arguments(IsNumeric, "true", false),
                arguments(IsNumeric, "null", false),
                arguments(IsString, "''", true),
                arguments(IsString, "'2020-01-01T00:00:00Z'", true),
                arguments(IsString, "1", false),
                arguments(IsString, "['a']", false),
                arguments(IsBoolean, "false", true),
                arguments(IsBoolean, "'false'", false),
                arguments(IsBoolean, "0", false),
                arguments(IsTimestamp, "'2020-01-01T00:00:00Z'", true),
                arguments(IsTimestamp, "'2020-01-01T00:00:00.123456789-07:30'", true),
                arguments(IsTimestamp, "'2020-01-01'", false),
                arguments(IsTimestamp, "'2020-01-01 00:00:00Z'", false),
                arguments(IsTimestamp, "1577836800", false),
                arguments(IsPresent, "null", true),
                arguments(IsPresent, "''", true),
                arguments(IsPresent, "false", true));
    }

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @MethodSource("typeQuestions")
    void answersTheTypeQuestion(ComparisonOperator op, String value, boolean answer) {
        assertThat(testValue(op, "true", value)).isEqualTo(answer);
    }

    @ParameterizedTest(name = "{0}: false of {1}")
    @MethodSource("typeQuestions")
    void falseOperandNegatesTheAnswer(ComparisonOperator op, String value, boolean answer) {
        assertThat(testValue(op, "false", value)).isEqualTo(!answer);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void isPresentOnAMissingVariableIsNotAnError(boolean operand) {
        boolean result = test(comparison("$.missing", IsPresent, String.valueOf(operand)), "{'v': 1}");

        assertThat(result).isEqualTo(!operand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a.b", "$.list[5]", "$.scalar.x", "$.list.x"})
    void isPresentIsFalseWhereverAPathRunsOut(String path) {
        boolean present = test(comparison(path, IsPresent, "true"), "{'a': {}, 'list': [1], 'scalar': 3}");

        assertThat(present).isFalse();
    }
}
