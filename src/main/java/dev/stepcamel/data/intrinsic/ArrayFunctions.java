package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.ArgType.ANY;
import static dev.stepcamel.data.intrinsic.ArgType.ARRAY;
import static dev.stepcamel.data.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
final class ArrayFunctions {
    /** AWS refuses to build a range longer than this. */
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.variadic("States.Array", ANY, ArrayFunctions::array),
                IntrinsicFunction.of("States.ArrayPartition", ArrayFunctions::partition, ARRAY, INTEGER),
                IntrinsicFunction.of("States.ArrayContains", ArrayFunctions::contains, ARRAY, ANY),
                IntrinsicFunction.of("States.ArrayRange", ArrayFunctions::range, INTEGER, INTEGER, INTEGER),
                IntrinsicFunction.of("States.ArrayGetItem", ArrayFunctions::getItem, ARRAY, INTEGER),
                IntrinsicFunction.of("States.ArrayLength", (a, c) -> IntNode.valueOf(a.array(0).size()), ARRAY),
                IntrinsicFunction.of("States.ArrayUnique", ArrayFunctions::unique, ARRAY));
    }

    private static JsonNode array(Args args, EvaluationContext context) {
        return Json.MAPPER.createArrayNode().addAll(args.values());
    }

    private static JsonNode partition(Args args, EvaluationContext context) {
        ArrayNode items = args.array(0);
        long size = args.integer(1);
        if (size <= 0) {
            throw Failures.invalid(args.function(), "the chunk size must be greater than 0, but was " + size);
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < items.size(); i++) {
            if (i % size == 0) {
                chunk = out.addArray();
            }
            chunk.add(items.get(i));
        }
        return out;
    }

    private static JsonNode contains(Args args, EvaluationContext context) {
        JsonNode wanted = JsonValues.normalized(args.node(1));
        for (JsonNode item : args.array(0)) {
            if (JsonValues.normalized(item).equals(wanted)) {
                return BooleanNode.TRUE;
            }
        }
        return BooleanNode.FALSE;
    }

    private static JsonNode range(Args args, EvaluationContext context) {
        long start = args.integer(0);
        long end = args.integer(1);
        long step = args.integer(2);
        if (step == 0) {
            throw Failures.invalid(args.function(), "the step must not be 0");
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        if (step > 0 ? start > end : start < end) {
            return out;
        }
        // Exact arithmetic: a span beyond the range of a long is simply too many items.
        BigInteger span = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
        BigInteger items = span.divide(BigInteger.valueOf(step)).abs().add(BigInteger.ONE);
        if (items.compareTo(BigInteger.valueOf(MAX_RANGE_ITEMS)) > 0) {
            throw Failures.failure("The " + args.function() + " result cannot contain more than "
                    + MAX_RANGE_ITEMS + " items, but would contain " + items);
        }
        int count = items.intValueExact();
        for (long i = 0, value = start; i < count; i++, value += step) {
            out.add(LongNode.valueOf(value).canConvertToInt() ? IntNode.valueOf((int) value) : LongNode.valueOf(value));
        }
        return out;
    }

    private static JsonNode getItem(Args args, EvaluationContext context) {
        ArrayNode items = args.array(0);
        long index = args.integer(1);
        if (index < 0 || index >= items.size()) {
            throw Failures.invalid(args.function(), "the index " + index
                    + " is out of bounds for an array of length " + items.size());
        }
        return items.get((int) index);
    }

    /** Keeps the first occurrence of each value, in input order. */
    private static JsonNode unique(Args args, EvaluationContext context) {
        Map<JsonNode, JsonNode> seen = new LinkedHashMap<>();
        for (JsonNode item : args.array(0)) {
            seen.putIfAbsent(JsonValues.normalized(item), item);
        }
        return Json.MAPPER.createArrayNode().addAll(seen.values());
    }
}
