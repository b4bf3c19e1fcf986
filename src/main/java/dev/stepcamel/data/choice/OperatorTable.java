package dev.stepcamel.data.choice;

import static dev.stepcamel.asl.model.ComparisonOperator.*;

import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every Choice operator as one row: which kind of value it reads and which relation must hold.
 * A {@code ...Path} twin shares its base operator's row but reads its operand from a path.
 */
final class OperatorTable {
    private static final Map<ComparisonOperator, OperatorRow> ROWS;

    static {
        Map<ComparisonOperator, OperatorRow> rows = new EnumMap<>(ComparisonOperator.class);
        compare(rows, ValueKind.STRING, Relation.EQUALS, StringEquals, StringEqualsPath);
        compare(rows, ValueKind.STRING, Relation.LESS_THAN, StringLessThan, StringLessThanPath);
        compare(rows, ValueKind.STRING, Relation.GREATER_THAN, StringGreaterThan, StringGreaterThanPath);
        compare(rows, ValueKind.STRING, Relation.LESS_THAN_EQUALS, StringLessThanEquals, StringLessThanEqualsPath);
        compare(rows, ValueKind.STRING, Relation.GREATER_THAN_EQUALS,
                StringGreaterThanEquals, StringGreaterThanEqualsPath);
        compare(rows, ValueKind.NUMBER, Relation.EQUALS, NumericEquals, NumericEqualsPath);
        compare(rows, ValueKind.NUMBER, Relation.LESS_THAN, NumericLessThan, NumericLessThanPath);
        compare(rows, ValueKind.NUMBER, Relation.GREATER_THAN, NumericGreaterThan, NumericGreaterThanPath);
        compare(rows, ValueKind.NUMBER, Relation.LESS_THAN_EQUALS, NumericLessThanEquals, NumericLessThanEqualsPath);
        compare(rows, ValueKind.NUMBER, Relation.GREATER_THAN_EQUALS,
                NumericGreaterThanEquals, NumericGreaterThanEqualsPath);
        compare(rows, ValueKind.BOOLEAN, Relation.EQUALS, BooleanEquals, BooleanEqualsPath);
        compare(rows, ValueKind.TIMESTAMP, Relation.EQUALS, TimestampEquals, TimestampEqualsPath);
        compare(rows, ValueKind.TIMESTAMP, Relation.LESS_THAN, TimestampLessThan, TimestampLessThanPath);
        compare(rows, ValueKind.TIMESTAMP, Relation.GREATER_THAN, TimestampGreaterThan, TimestampGreaterThanPath);
        compare(rows, ValueKind.TIMESTAMP, Relation.LESS_THAN_EQUALS,
                TimestampLessThanEquals, TimestampLessThanEqualsPath);
        compare(rows, ValueKind.TIMESTAMP, Relation.GREATER_THAN_EQUALS,
                TimestampGreaterThanEquals, TimestampGreaterThanEqualsPath);
        rows.put(StringMatches, new OperatorRow.Matches());
        rows.put(IsPresent, new OperatorRow.Test(TypeTest.PRESENT));
        rows.put(IsNull, new OperatorRow.Test(TypeTest.NULL));
        rows.put(IsNumeric, new OperatorRow.Test(TypeTest.NUMERIC));
        rows.put(IsString, new OperatorRow.Test(TypeTest.STRING));
        rows.put(IsBoolean, new OperatorRow.Test(TypeTest.BOOLEAN));
        rows.put(IsTimestamp, new OperatorRow.Test(TypeTest.TIMESTAMP));
        ROWS = Collections.unmodifiableMap(rows);
    }

    private OperatorTable() {
    }

    static OperatorRow row(ComparisonOperator operator) {
        OperatorRow row = ROWS.get(operator);
        if (row == null) {
            throw new IllegalStateException("no row for " + operator);
        }
        return row;
    }

    static boolean hasRow(ComparisonOperator operator) {
        return ROWS.containsKey(operator);
    }

    private static <T> void compare(Map<ComparisonOperator, OperatorRow> rows, ValueKind<T> kind,
            Relation relation, ComparisonOperator literal, ComparisonOperator path) {
        rows.put(literal, new OperatorRow.Compare<>(kind, relation, false));
        rows.put(path, new OperatorRow.Compare<>(kind, relation, true));
    }
}
