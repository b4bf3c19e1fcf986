package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/** A call's evaluated arguments, already type-checked against the signature, with typed accessors. */
record Args(String function, List<JsonNode> values) {

    int size() {
        return values.size();
    }

    JsonNode node(int i) {
        return values.get(i);
    }

    String text(int i) {
        return values.get(i).textValue();
    }

    boolean bool(int i) {
        return values.get(i).booleanValue();
    }

    ArrayNode array(int i) {
        return (ArrayNode) values.get(i);
    }

    ObjectNode object(int i) {
        return (ObjectNode) values.get(i);
    }

    BigDecimal number(int i) {
        return values.get(i).decimalValue();
    }

    /** An integer argument; one beyond the range of a long is an intrinsic failure, not an overflow. */
    long integer(int i) {
        try {
            return values.get(i).decimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw Failures.invalid(function, "argument " + (i + 1) + " is out of range: " + values.get(i));
        }
    }

    /** Whole numbers, including decimals such as {@code 2.0} (exact BigDecimals keep the scale). */
    static boolean isInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }
}
