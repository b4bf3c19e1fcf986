package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.ValueExpression;
import java.util.Set;

/** Compiles ASL intrinsic function calls such as {@code States.Format('{}', $.name)}. */
public final class IntrinsicFunctions {
    private IntrinsicFunctions() {
    }

    /** Whether a {@code .$} value is an intrinsic call rather than a path. */
    public static boolean isIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /**
     * Parses and compiles one call, nested calls and path arguments included. The result is
     * evaluated without reparsing; it throws {@code AslException} ({@code States.IntrinsicFailure},
     * or {@code States.Runtime} when a path argument selects nothing) when the values do not fit.
     *
     * @throws IllegalArgumentException with a message naming the problem when the call is malformed,
     *     names an unknown function, has the wrong number of arguments or a literal of the wrong type
     */
    public static ValueExpression compile(String text) {
        return new Compiled(text, IntrinsicParser.parse(text));
    }

    /** The names of all supported functions, e.g. {@code States.Format}. */
    public static Set<String> functionNames() {
        return FunctionTable.names();
    }

    private record Compiled(String text, Argument.Call call) implements ValueExpression {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext context) {
            return call.evaluate(input, context);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
