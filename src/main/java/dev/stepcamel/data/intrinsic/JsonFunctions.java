package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.ArgType.ANY;
import static dev.stepcamel.data.intrinsic.ArgType.BOOLEAN;
import static dev.stepcamel.data.intrinsic.ArgType.OBJECT;
import static dev.stepcamel.data.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.util.List;

/** States.StringToJson, JsonToString and JsonMerge (shallow only, as in AWS). */
final class JsonFunctions {
    private static final String DEEP_MERGE = "deep merge is not supported; the third argument must be false";

    private JsonFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.StringToJson", JsonFunctions::stringToJson, STRING),
                IntrinsicFunction.of("States.JsonToString", (a, c) -> TextNode.valueOf(Json.write(a.node(0))), ANY),
                IntrinsicFunction.of("States.JsonMerge", JsonFunctions::merge, OBJECT, OBJECT, BOOLEAN)
                        .checkedBy(JsonFunctions::checkDeepLiteral));
    }

    /** Blank text parses to null, as in AWS; anything after the first value is an error. */
    private static JsonNode stringToJson(Args args, EvaluationContext context) {
        String text = args.text(0);
        if (text.isBlank()) {
            return NullNode.getInstance();
        }
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            JsonNode value = Json.MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new IOException("unexpected text after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw Failures.invalid(args.function(), "the input is not valid JSON");
        }
    }

    /** The second object's fields win; nested objects are replaced, never merged. */
    private static JsonNode merge(Args args, EvaluationContext context) {
        if (args.bool(2)) {
            throw Failures.invalid(args.function(), DEEP_MERGE);
        }
        ObjectNode merged = Json.MAPPER.createObjectNode();
        merged.setAll(args.object(0));
        merged.setAll(args.object(1));
        return merged;
    }

    private static void checkDeepLiteral(String function, List<Argument> arguments) {
        if (arguments.get(2) instanceof Argument.ConstantLiteral literal && literal.value().asBoolean(false)) {
            throw new IllegalArgumentException(function + ": " + DEEP_MERGE);
        }
    }
}
