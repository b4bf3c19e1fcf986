package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.ArgType.INTEGER;
import static dev.stepcamel.data.intrinsic.ArgType.NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.stepcamel.data.EvaluationContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/** States.MathRandom and States.MathAdd. */
final class MathFunctions {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private MathFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.optional("States.MathRandom", 2, MathFunctions::random, INTEGER, INTEGER, INTEGER),
                IntrinsicFunction.of("States.MathAdd", MathFunctions::add, NUMBER, NUMBER));
    }

    /**
     * A whole number from start to end, both included ("between one and 999" in the guide). A seed
     * makes the result repeatable; without one the execution's injected generator is used.
     */
    private static JsonNode random(Args args, EvaluationContext context) {
        long start = args.integer(0);
        long end = args.integer(1);
        if (start > end) {
            throw Failures.invalid(args.function(), "the start (" + start + ") must not be greater than the end (" + end + ")");
        }
        RandomGenerator generator = args.size() > 2 ? new Random(args.integer(2)) : context.random();
        long value = end == Long.MAX_VALUE ? generator.nextLong(start, end) : generator.nextLong(start, end + 1);
        return integer(BigInteger.valueOf(value));
    }

    /**
     * AWS rounds each operand to the nearest integer, halves towards positive infinity (so 1.5 is
     * 2 and -2.5 is -2), before adding.
     */
    private static JsonNode add(Args args, EvaluationContext context) {
        return integer(rounded(args.number(0)).add(rounded(args.number(1))));
    }

    static BigInteger rounded(BigDecimal value) {
        return value.add(HALF).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    private static JsonNode integer(BigInteger value) {
        if (value.bitLength() < 32) {
            return IntNode.valueOf(value.intValue());
        }
        return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }
}
