package dev.stepcamel.data.choice;

import static dev.stepcamel.asl.model.ComparisonOperator.*;
import static dev.stepcamel.data.choice.ChoiceTesting.testValue;
import static dev.stepcamel.data.choice.ChoiceTesting.testViaPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One table of (operator, operand, variable value, expected) rows per operator family. */
class OperatorFamiliesTest {

    @Test
    void everyOperatorHasARow() {
        assertThat(Arrays.stream(ComparisonOperator.values()).filter(op -> !OperatorTable.hasRow(op)))
                .isEmpty();
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                arguments(StringEquals, "'abc'", "'abc'", true),
                arguments(StringEquals, "'abc'", "'abd'", false),
                arguments(StringEquals, "' '", "'   '", false),
                arguments(StringEquals, "'1'", "1", false),
                arguments(StringEquals, "''", "null", false),
                arguments(StringEquals, "'true'", "true", false),
                arguments(StringEquals, "'a'", "['a']", false),
                arguments(StringLessThan, "'b'", "'a'", true),
                arguments(StringLessThan, "'a'", "'a'", false),
                arguments(StringLessThan, "'ab'", "'a'", true),
                arguments(StringLessThan, "'a'", "'ab'", false),
                arguments(StringLessThan, "'a'", "''", true),
                arguments(StringLessThan, "'a'", "'B'", true),
                arguments(StringLessThan, "'\uFFFD'", "'\uD83D\uDE00'", false),
                arguments(StringGreaterThan, "'\uFFFD'", "'\uD83D\uDE00'", true),
                arguments(StringGreaterThan, "'a'", "'a '", true),
                arguments(StringGreaterThan, "'b'", "'a'", false),
                arguments(StringLessThanEquals, "'a'", "'a'", true),
                arguments(StringLessThanEquals, "'a'", "'b'", false),
                arguments(StringGreaterThanEquals, "'a'", "'a'", true),
                arguments(StringGreaterThanEquals, "'b'", "'a'", false),
                arguments(StringGreaterThanEquals, "'0'", "0", false));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments(NumericEquals, "1", "1", true),
                arguments(NumericEquals, "1", "1.0", true),
                arguments(NumericEquals, "1.50", "1.5", true),
                arguments(NumericEquals, "0", "-0.0", true),
                arguments(NumericEquals, "1", "1.1", false),
                arguments(NumericEquals, "0.3", "0.30000000000000004", false),
                arguments(NumericEquals, "12345678901234567890", "12345678901234567890.0", true),
                arguments(NumericEquals, "1", "'1'", false),
                arguments(NumericEquals, "0", "false", false),
                arguments(NumericEquals, "0", "null", false),
                arguments(NumericEquals, "0", "{}", false),
                arguments(NumericEquals, "0", "[0]", false),
                arguments(NumericLessThan, "1", "0.999", true),
                arguments(NumericLessThan, "1", "1.0", false),
                arguments(NumericLessThan, "-1", "-2", true),
                arguments(NumericGreaterThan, "1", "1.0000001", true),
                arguments(NumericGreaterThan, "1", "1", false),
                arguments(NumericLessThanEquals, "1", "1.0", true),
                arguments(NumericLessThanEquals, "1", "2", false),
                arguments(NumericGreaterThanEquals, "1e2", "100", true),
                arguments(NumericGreaterThanEquals, "1", "0", false));
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                arguments(BooleanEquals, "true", "true", true),
                arguments(BooleanEquals, "false", "false", true),
                arguments(BooleanEquals, "true", "false", false),
                arguments(BooleanEquals, "true", "'true'", false),
                arguments(BooleanEquals, "true", "1", false),
                arguments(BooleanEquals, "false", "0", false),
                arguments(BooleanEquals, "false", "null", false),
                arguments(BooleanEquals, "false", "''", false),
                arguments(BooleanEquals, "false", "[]", false));
    }

    static Stream<Arguments> timestamps() {
        return Stream.of(
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00Z'", true),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T01:00:00+01:00'", true),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00.000Z'", true),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00.001Z'", false),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01 00:00:00Z'", false),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00'", false),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "''", false),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "1577836800", false),
                arguments(TimestampEquals, "'2020-01-01T00:00:00Z'", "null", false),
                arguments(TimestampLessThan, "'2020-01-01T00:00:00Z'", "'2019-12-31T23:59:59.999999999Z'", true),
                arguments(TimestampLessThan, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:30:00+01:00'", true),
                arguments(TimestampLessThan, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00Z'", false),
                arguments(TimestampGreaterThan, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:01Z'", true),
                arguments(TimestampGreaterThan, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00Z'", false),
                arguments(TimestampLessThanEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00Z'", true),
                arguments(TimestampLessThanEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:01Z'", false),
                arguments(TimestampGreaterThanEquals, "'2020-01-01T00:00:00Z'", "'2020-01-01T00:00:00Z'", true),
                arguments(TimestampGreaterThanEquals, "'2020-01-01T00:00:00Z'", "'2019-01-01T00:00:00Z'", false));
    }

    static Stream<Arguments> allComparisons() {
        return Stream.of(strings(), numbers(), booleans(), timestamps()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{1} {0} {2} -> {3}")
    @MethodSource("allComparisons")
    void comparesAgainstLiteralOperand(ComparisonOperator op, String operand, String value, boolean expected) {
        assertThat(testValue(op, operand, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {0}Path {2} -> {3}")
    @MethodSource("allComparisons")
    void pathTwinComparesLikeItsLiteralOperator(ComparisonOperator op, String operand, String value,
            boolean expected) {
        assertThat(testViaPath(op, operand, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}Path with operand {1} -> false")
    @MethodSource("operandsOfTheWrongType")
    void pathOperandOfTheWrongTypeComparesFalse(ComparisonOperator op, String operand, String value) {
        assertThat(testViaPath(op, operand, value)).isFalse();
    }

    static Stream<Arguments> operandsOfTheWrongType() {
        return Stream.of(
                arguments(StringEquals, "1", "'1'"),
                arguments(NumericEquals, "'1'", "1"),
                arguments(BooleanEquals, "'true'", "true"),
                arguments(TimestampEquals, "'2020-01-01'", "'2020-01-01'"),
                arguments(NumericLessThan, "null", "1"));
    }
}
