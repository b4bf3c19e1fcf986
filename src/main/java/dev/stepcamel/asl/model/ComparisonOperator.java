package dev.stepcamel.asl.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every comparison operator ASL defines for Choice rules, spelled as in ASL. */
public enum ComparisonOperator {
    StringEquals, StringEqualsPath, StringLessThan, StringLessThanPath, StringGreaterThan, StringGreaterThanPath,
    StringLessThanEquals, StringLessThanEqualsPath, StringGreaterThanEquals, StringGreaterThanEqualsPath,
    StringMatches,
    NumericEquals, NumericEqualsPath, NumericLessThan, NumericLessThanPath, NumericGreaterThan,
    NumericGreaterThanPath, NumericLessThanEquals, NumericLessThanEqualsPath, NumericGreaterThanEquals,
    NumericGreaterThanEqualsPath,
    BooleanEquals, BooleanEqualsPath,
    TimestampEquals, TimestampEqualsPath, TimestampLessThan, TimestampLessThanPath, TimestampGreaterThan,
    TimestampGreaterThanPath, TimestampLessThanEquals, TimestampLessThanEqualsPath, TimestampGreaterThanEquals,
    TimestampGreaterThanEqualsPath,
    IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp;

    private static final Map<String, ComparisonOperator> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(Enum::name, Function.identity()));

    /** The operator named {@code name}, or {@code null} when ASL has no such operator. */
    public static ComparisonOperator byName(String name) {
        return BY_NAME.get(name);
    }

    /** True for the {@code ...Path} twins, whose operand is a path rather than a literal. */
    public boolean comparesToPath() {
        return name().endsWith("Path");
    }
}
