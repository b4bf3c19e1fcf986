package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whole numbers that a {@code *Path} field of an ItemReader or ItemBatcher refers to. AWS takes
 * them as JSON integers or as strings holding one ({@code "2"}), as the recorded runs show.
 */
final class ReferencedNumbers {
    private ReferencedNumbers() {
    }

    /** The value as a whole number, or {@code null} when it is none. */
    static Long integer(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The value as a whole number from 1 up, or -1 when it is not one. */
    static long positiveInteger(JsonNode value) {
        Long number = integer(value);
        return number == null || number < 1 ? -1 : number;
    }
}
