package dev.stepcamel.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Utils;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.ValueExpression;
import dev.stepcamel.data.intrinsic.IntrinsicFunctions;
import java.util.List;
import java.util.Random;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), and {@code $eval} taken away as on AWS. The
 * array, hash and parse functions run the intrinsic functions they mirror, so both query
 * languages give the same results and refuse the same arguments.
 */
final class StepFunctionsLibrary {
    private static final String[] ARGS = {"$.a", "$.b", "$.c"};
    private static final ValueExpression PARTITION = intrinsic("States.ArrayPartition", 2);
    private static final ValueExpression RANGE = intrinsic("States.ArrayRange", 3);
    private static final ValueExpression HASH = intrinsic("States.Hash", 2);
    private static final ValueExpression PARSE = intrinsic("States.StringToJson", 1);

    /** The engine's own {@code $pad} concatenates in a loop (2 s for 250,000 characters) and cannot be time-boxed. */
    private static final JFunction PAD = new JFunction((input, args) -> pad(args), null);

    private StepFunctionsLibrary() {
    }

    /** JSONata's {@code $pad(str, width[, char])}: right-pads for a positive width, left-pads for a negative one. */
    private static Object pad(List<?> args) {
        if (args.isEmpty() || args.get(0) == null) {
            return null;
        }
        if (!(args.get(0) instanceof String text) || args.size() < 2 || !(args.get(1) instanceof Number width)) {
            throw new JException("T0410", -1);
        }
        String fill = args.size() > 2 && args.get(2) instanceof String c && !c.isEmpty() ? c : " ";
        int target = Math.abs(width.intValue());
        int length = text.codePointCount(0, text.length());
        if (target <= length) {
            return text;
        }
        int[] fillPoints = fill.codePoints().toArray();
        StringBuilder padding = new StringBuilder(target - length);
        for (int i = 0; i < target - length; i++) {
            padding.appendCodePoint(fillPoints[i % fillPoints.length]);
        }
        return width.intValue() > 0 ? text + padding : padding + text;
    }

    /** The library function called {@code name} for one evaluation, or {@code null} when there is none. */
    static JFunction function(String name, EvaluationContext context) {
        return switch (name) {
            case "partition" -> viaIntrinsic(name, PARTITION, context);
            case "range" -> sequence(viaIntrinsic(name, RANGE, context));
            case "hash" -> viaIntrinsic(name, HASH, context);
            case "parse" -> viaIntrinsic(name, PARSE, context);
            case "uuid" -> new JFunction((input, args) -> context.newUuid().toString(), null);
            case "random" -> new JFunction((input, args) -> random(args, context), null);
            case "pad" -> PAD;
            case "eval" -> new JFunction((input, args) -> {
                throw new JException("T1006", -1);
            }, null);
            default -> null;
        };
    }

    /** The function's array result as a JSONata sequence, which collapses to its item when it holds one. */
    private static JFunction sequence(JFunction function) {
        return new JFunction((input, args) -> {
            Object result = function.call(input, args);
            if (result instanceof List<?> list) {
                List<Object> sequence = Utils.createSequence();
                sequence.addAll(list);
                return sequence;
            }
            return result;
        }, null);
    }

    private static Object random(List<?> args, EvaluationContext context) {
        if (!args.isEmpty() && args.get(0) instanceof Number seed) {
            return new Random(seed.longValue()).nextDouble();
        }
        return context.random().nextDouble();
    }

    private static JFunction viaIntrinsic(String name, ValueExpression call, EvaluationContext context) {
        return new JFunction((input, args) -> {
            ObjectNode values = Json.MAPPER.createObjectNode();
            for (int i = 0; i < args.size() && i < ARGS.length; i++) {
                JsonNode value = JsonataValues.toJson(args.get(i));
                values.set(String.valueOf((char) ('a' + i)), value == null ? Json.MAPPER.nullNode() : value);
            }
            try {
                return JsonataValues.toEngine(call.evaluate(values, context));
            } catch (AslException e) {
                throw new IllegalArgumentException("$" + name + ": " + e.cause(), e);
            }
        }, null);
    }

    private static ValueExpression intrinsic(String function, int arity) {
        return IntrinsicFunctions.compile(function + "(" + String.join(", ", List.of(ARGS).subList(0, arity)) + ")");
    }
}
