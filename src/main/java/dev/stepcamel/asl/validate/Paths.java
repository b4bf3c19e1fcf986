package dev.stepcamel.asl.validate;

import dev.stepcamel.data.JsonPathExpression;
import dev.stepcamel.data.ReferencePath;
import dev.stepcamel.data.intrinsic.IntrinsicFunctions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether texts are the paths, intrinsic calls and timestamps ASL fields expect. */
final class Paths {
    /** {@code $name...}: a workflow variable (ASL Assign) read the way a path is. */
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)", Pattern.DOTALL);
    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Paths() {
    }

    /** A JSONPath on the input ({@code $}), the context object ({@code $$}) or a variable. */
    static boolean isPath(String text) {
        if (JsonPathExpression.isValid(text)) {
            return true;
        }
        Matcher variable = VARIABLE.matcher(text);
        return variable.matches() && JsonPathExpression.isValid("$" + variable.group(2));
    }

    /** Where a result is written (ResultPath): {@code $}, names and indexes, on the input only. */
    static boolean isReferencePath(String text) {
        return ReferencePath.isValid(text);
    }

    /**
     * Where a single value is read from (TimeoutSecondsPath, MaxConcurrencyPath, ...): a reference
     * path on the input, the context object or a variable.
     */
    static boolean isValueReference(String text) {
        if (text.startsWith("$$")) {
            return ReferencePath.isValid(text.substring(1));
        }
        Matcher variable = VARIABLE.matcher(text);
        return ReferencePath.isValid(variable.matches() ? "$" + variable.group(2) : text);
    }

    /**
     * What is wrong with the value of a {@code .$} field (or ErrorPath/CausePath): it must be a
     * path or an intrinsic function call. {@code null} when it is fine.
     */
    static String dynamicValueProblem(String text) {
        if (IntrinsicFunctions.isIntrinsic(text)) {
            try {
                IntrinsicFunctions.compile(text);
            } catch (UnsupportedOperationException notYetImplemented) {
                return null; // the intrinsic compiler is not there yet: accept rather than guess
            } catch (IllegalArgumentException malformed) {
                return "is not a valid intrinsic function call: " + malformed.getMessage();
            }
            return null;
        }
        return isPath(text) ? null : "must be a valid JSONPath or intrinsic function call, but was '" + text + "'";
    }

    /** RFC 3339 date-time with an upper-case T and a zone, as Wait and Timestamp* rules take. */
    static boolean isTimestamp(String text) {
        if (!RFC3339.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
