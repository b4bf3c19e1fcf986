package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.ArgType.ANY;
import static dev.stepcamel.data.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** States.Base64Encode, Base64Decode and Hash. */
final class EncodingFunctions {
    /** AWS's limit on the input of all three functions. */
    static final int MAX_INPUT_CHARS = 10_000;
    /** The algorithm names AWS accepts, which happen to be the JDK's names too. */
    static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private EncodingFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.Base64Encode", EncodingFunctions::encode, STRING),
                IntrinsicFunction.of("States.Base64Decode", EncodingFunctions::decode, STRING),
                IntrinsicFunction.of("States.Hash", EncodingFunctions::hash, ANY, STRING)
                        .checkedBy(EncodingFunctions::checkAlgorithmLiteral));
    }

    private static JsonNode encode(Args args, EvaluationContext context) {
        String text = limited(args);
        return TextNode.valueOf(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode decode(Args args, EvaluationContext context) {
        String text = limited(args);
        try {
            return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(args.function(), "the input is not valid Base64: " + e.getMessage());
        }
    }

    /** The guide allows "an object string": data that is not a string is hashed as its JSON text. */
    private static JsonNode hash(Args args, EvaluationContext context) {
        String text = limited(args);
        String algorithm = args.text(1);
        if (!ALGORITHMS.contains(algorithm)) {
            throw Failures.invalid(args.function(), unsupported(algorithm));
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static String limited(Args args) {
        JsonNode data = args.node(0);
        String text = data.isTextual() ? data.textValue() : Json.write(data);
        if (text.length() > MAX_INPUT_CHARS) {
            throw Failures.invalid(args.function(), "the input must not be longer than "
                    + MAX_INPUT_CHARS + " characters, but has " + text.length());
        }
        return text;
    }

    private static void checkAlgorithmLiteral(String function, List<Argument> arguments) {
        if (arguments.get(1) instanceof Argument.StringLiteral literal && !ALGORITHMS.contains(literal.text())) {
            throw new IllegalArgumentException(function + ": " + unsupported(literal.text()));
        }
    }

    private static String unsupported(String algorithm) {
        return "unsupported hash algorithm '" + algorithm + "'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512";
    }
}
