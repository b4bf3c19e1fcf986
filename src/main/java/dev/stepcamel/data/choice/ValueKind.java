package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * How one operator family reads a JSON value and orders two of them. {@link #read} returns
 * {@code null} for a value of another type, which AWS treats as "does not match" rather than as an
 * error.
 */
final class ValueKind<T> {
    static final ValueKind<String> STRING =
            new ValueKind<>("a string", n -> n.isTextual() ? n.textValue() : null, ValueKind::compareCodePoints);
    /** Exact decimals, so 1 equals 1.0 and 0.1 + 0.2 style rounding never creeps in. */
    static final ValueKind<BigDecimal> NUMBER =
            new ValueKind<>("a number", n -> n.isNumber() ? n.decimalValue() : null, BigDecimal::compareTo);
    static final ValueKind<Boolean> BOOLEAN =
            new ValueKind<>("a boolean", n -> n.isBoolean() ? n.booleanValue() : null, Boolean::compare);
    static final ValueKind<Instant> TIMESTAMP = new ValueKind<>("an RFC 3339 timestamp",
            n -> n.isTextual() ? Rfc3339.parse(n.textValue()) : null, Instant::compareTo);

    private final String description;
    private final Function<JsonNode, T> reader;
    private final Comparator<T> order;

    private ValueKind(String description, Function<JsonNode, T> reader, Comparator<T> order) {
        this.description = description;
        this.reader = reader;
        this.order = order;
    }

    /** The value as this kind, or {@code null} when it is of another type. */
    T read(JsonNode node) {
        return reader.apply(node);
    }

    int compare(T left, T right) {
        return order.compare(left, right);
    }

    String description() {
        return description;
    }

    /** Unicode code point order: unlike {@link String#compareTo}, surrogate pairs sort above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
