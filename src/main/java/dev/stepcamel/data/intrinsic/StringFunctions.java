package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.ArgType.ANY;
import static dev.stepcamel.data.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.util.List;
import java.util.regex.Pattern;

/** States.Format, StringSplit and UUID. */
final class StringFunctions {
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote("{}"));

    private StringFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.variadic("States.Format", ANY, StringFunctions::format, STRING)
                        .preparedBy(StringFunctions::bindTemplate),
                IntrinsicFunction.of("States.StringSplit", StringFunctions::split, STRING, STRING),
                IntrinsicFunction.of("States.UUID", (a, c) -> TextNode.valueOf(c.newUuid().toString())));
    }

    /** The template's parts were split at {@code {}} by the parser; a template from a path is split here. */
    private static JsonNode format(Args args, EvaluationContext context) {
        List<String> parts = List.of(PLACEHOLDER.split(args.text(0), -1));
        return TextNode.valueOf(render(args, parts));
    }

    static String render(Args args, List<String> parts) {
        int given = args.size() - 1;
        if (parts.size() - 1 != given) {
            throw Failures.invalid(args.function(), placeholderMismatch(parts.size() - 1, given));
        }
        StringBuilder out = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            FormatText.append(out, args.node(i));
            out.append(parts.get(i));
        }
        return out.toString();
    }

    /** Each character of the delimiter string splits; empty pieces are dropped, as AWS does. */
    private static JsonNode split(Args args, EvaluationContext context) {
        String text = args.text(0);
        String delimiters = args.text(1);
        ArrayNode out = Json.MAPPER.createArrayNode();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * A literal template is split once, at its unescaped placeholders, so that escaped braces stay
     * text; its placeholder count is checked now rather than at every run.
     */
    private static IntrinsicFunction bindTemplate(IntrinsicFunction function, List<Argument> arguments) {
        if (!(arguments.get(0) instanceof Argument.StringLiteral template)) {
            return function;
        }
        if (template.parts().size() != arguments.size()) {
            throw new IllegalArgumentException(function.name() + ": "
                    + placeholderMismatch(template.parts().size() - 1, arguments.size() - 1));
        }
        List<String> parts = template.parts();
        return function.withBody((args, context) -> TextNode.valueOf(render(args, parts)));
    }

    private static String placeholderMismatch(int placeholders, int given) {
        return "the template has " + placeholders + " placeholder(s) but " + given + " argument(s) were given";
    }
}
