package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import java.util.ArrayList;
import java.util.List;

/** One argument of an intrinsic call, as parsed: a literal, a path, or a nested call. */
sealed interface Argument {

    JsonNode evaluate(JsonNode input, EvaluationContext context);

    /** A literal: its value is known when the definition loads, so it is checked then. */
    sealed interface Literal extends Argument {
        JsonNode value();

        @Override
        default JsonNode evaluate(JsonNode input, EvaluationContext context) {
            return value();
        }
    }

    /**
     * A quoted string, escapes resolved. {@code parts} is the text split at its unescaped
     * {@code {}} placeholders, so {@code States.Format} never confuses them with escaped braces.
     */
    record StringLiteral(String text, List<String> parts) implements Literal {
        public StringLiteral {
            parts = List.copyOf(parts);
        }

        @Override
        public JsonNode value() {
            return TextNode.valueOf(text);
        }
    }

    /** A number, an unquoted {@code true}/{@code false}, or {@code null}. */
    record ConstantLiteral(JsonNode value) implements Literal {
    }

    /** {@code $...} (the state input) or {@code $$...} (the context object). */
    record PathArgument(JsonPathExpression path) implements Argument {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext context) {
            JsonNode value = path.evaluate(input, context);
            if (value == null) {
                JsonNode document = path.isContextPath() ? context.contextObject() : input;
                throw Failures.pathNotFound(path.text(), document == null ? "null" : Json.write(document));
            }
            return value;
        }
    }

    /** A nested (or the outermost) call: arguments are checked against the function's signature. */
    record Call(IntrinsicFunction function, List<Argument> arguments) implements Argument {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext context) {
            List<JsonNode> values = new ArrayList<>(arguments.size());
            for (int i = 0; i < arguments.size(); i++) {
                JsonNode value = arguments.get(i).evaluate(input, context);
                ArgType type = function.typeOf(i);
                if (!type.accepts(value)) {
                    throw Failures.wrongType(function.name(), i, type, value);
                }
                values.add(value);
            }
            try {
                return function.apply(new Args(function.name(), values), context);
            } catch (AslException e) {
                throw e;
            } catch (RuntimeException e) {
                // A body's own bug or an arithmetic edge must still fail the state the ASL way.
                throw Failures.invalid(function.name(), String.valueOf(e.getMessage()));
            }
        }
    }
}
