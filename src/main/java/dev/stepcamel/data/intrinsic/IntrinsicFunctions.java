package dev.stepcamel.data.intrinsic;

import dev.stepcamel.data.ValueExpression;

/** Compiles ASL intrinsic function calls such as {@code States.Format('{}', $.name)}. */
public final class IntrinsicFunctions {
    private IntrinsicFunctions() {
    }

    /** Whether a {@code .$} value is an intrinsic call rather than a path. */
    public static boolean isIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /**
     * Parses and compiles one call, nested calls and path arguments included.
     *
     * @throws IllegalArgumentException with a message naming the problem when the call is malformed
     *     or names an unknown function
     */
    public static ValueExpression compile(String text) {
        throw new UnsupportedOperationException("intrinsic functions are not implemented yet: " + text);
    }
}
