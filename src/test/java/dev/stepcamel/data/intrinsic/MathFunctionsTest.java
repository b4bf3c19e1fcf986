package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertFails;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.ValueExpression;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathFunctionsTest {
    private static final String FAILURE = "States.IntrinsicFailure";

    /** Each operand is rounded to the nearest integer, halves upwards, before the sum. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            111         | -1    | 110
            0           | 0     | 0
            2.5         | 0     | 3
            -3.5        | 1     | -2
            0.49        | 0.5   | 1
            -0.51       | 10    | 9
            4.5         | -4.5  | 1
            7.0         | 1.00  | 8
            2147483647  | 1     | 2147483648
            """)
    void mathAddRoundsEachOperandThenAdds(String a, String b, String sum) {
        JsonNode result = evaluate("States.MathAdd($.a, $.b)", "{\"a\":" + a + ",\"b\":" + b + "}");
        assertThat(result.isIntegralNumber()).isTrue();
        assertThat(result).isEqualTo(parse(sum));
    }

    @Test
    void mathAddTakesLiterals() {
        assertThat(evaluate("States.MathAdd(-1, 2.5)", "{}").intValue()).isEqualTo(2);
    }

    @Test
    void mathAddRejectsAString() {
        assertFails("States.MathAdd($.a, 1)", "{\"a\":\"1\"}", FAILURE,
                "The value of argument 1 of States.MathAdd must be a number, but was: \"1\"");
    }

    @Test
    void mathRandomWithASeedIsRepeatable() {
        ValueExpression call = IntrinsicFunctions.compile("States.MathRandom(1, 1000000, $.seed)");
        for (int seed = 0; seed < 20; seed++) {
            JsonNode input = parse("{\"seed\":" + seed + "}");
            JsonNode first = call.evaluate(input, IntrinsicTesting.context(new Random()));
            JsonNode second = call.evaluate(input, IntrinsicTesting.context(new Random()));
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void mathRandomIncludesBothEnds() {
        ValueExpression call = IntrinsicFunctions.compile("States.MathRandom(1, 3, $.seed)");
        Set<Integer> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            seen.add(call.evaluate(parse("{\"seed\":" + seed + "}"), IntrinsicTesting.context(null)).intValue());
        }
        assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void mathRandomWithoutASeedUsesTheInjectedGenerator() {
        ValueExpression call = IntrinsicFunctions.compile("States.MathRandom(0, 1000000000)");
        JsonNode first = call.evaluate(parse("{}"), IntrinsicTesting.context(new Random(42)));
        JsonNode again = call.evaluate(parse("{}"), IntrinsicTesting.context(new Random(42)));
        JsonNode other = call.evaluate(parse("{}"), IntrinsicTesting.context(new Random(43)));
        assertThat(first).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void mathRandomWithEqualEndsReturnsThatNumber() {
        assertThat(evaluate("States.MathRandom(-5, -5)", "{}").intValue()).isEqualTo(-5);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.MathRandom(5, 1)          | {}             | Invalid arguments in States.MathRandom: the start (5) must not be greater than the end (1)
            States.MathRandom($.s, 10)       | {"s":1.5}      | The value of argument 1 of States.MathRandom must be an integer, but was: 1.5
            States.MathRandom(1, 10, $.seed) | {"seed":"abc"} | The value of argument 3 of States.MathRandom must be an integer, but was: "abc"
            """)
    void mathRandomRejectsInvalidArguments(String call, String input, String cause) {
        assertFails(call, input, FAILURE, cause);
    }
}
