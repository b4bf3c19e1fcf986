package dev.stepcamel.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataTemplateTest {
    private static final JsonNode INPUT = json("{\"n\":3,\"items\":[1,2,3],\"name\":\"cat\",\"nothing\":null}");

    /** A context with fixed variables, uuid and context object, as the runtime injects them. */
    private static final EvaluationContext CONTEXT = new EvaluationContext() {
        @Override
        public JsonNode contextObject() {
            return json("{\"Execution\":{\"Name\":\"e1\"}}");
        }

        @Override
        public JsonNode variable(String name) {
            return Map.of("count", json("2"), "user", json("{\"id\":\"u1\"}")).get(name);
        }

        @Override
        public UUID newUuid() {
            return new UUID(0, 1);
        }
    };

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode eval(String template) {
        return JsonataTemplate.compile("Output", json(template)).evaluate(JsonataStates.ofInput(INPUT), CONTEXT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"{% $states.input.n * 2 %}\"                 | 6",
        "\"{% $states.input.n / 2 %}\"                 | 1.5",
        "\"{% $sum($states.input.items) %}\"           | 6",
        "\"{% $states.input.nothing %}\"               | null",
        "\"{% $count + 1 %}\"                          | 3",
        "\"{% $user.id %}\"                            | \"u1\"",
        "\"{% $states.context.Execution.Name %}\"      | \"e1\"",
        "{\"a\":[\"{% $states.input.name %}\",2],\"b\":\"x\"} | {\"a\":[\"cat\",2],\"b\":\"x\"}",
        "\"not {% an expression\"                      | \"not {% an expression\"",
        "\"{% $partition([1,2,3], 2) %}\"              | [[1,2],[3]]",
        "\"{% $range(1, 5, 2) %}\"                     | [1,3,5]",
        "\"{% $range(1, 1, 1) %}\"                     | 1",
        "\"{% $hash('a', 'SHA-256') %}\"               | \"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\"",
        "\"{% $parse('{\\\"a\\\":[1]}') %}\"           | {\"a\":[1]}",
        "\"{% $uuid() %}\"                             | \"00000000-0000-0000-0000-000000000001\"",
        "\"{% $random(7) = $random(7) %}\"             | true",
        "\"{% $pad('ab', 5, '-') %}\"                   | \"ab---\"",
        "\"{% $pad('ab', -5, 'xy') %}\"                 | \"xyxab\"",
        "\"{% $pad('abcdef', 3) %}\"                    | \"abcdef\"",
        "\"{% $length($pad('', 1000000, 'x')) %}\"      | 1000000",
    })
    void evaluatesLikeStepFunctions(String template, String expected) {
        assertThat(Json.write(eval(template))).isEqualTo(Json.write(json(expected)));
    }

    @Test
    void wholeNumbersPrintAsIntegers() {
        assertThat(Json.write(eval("\"{% 4 / 2 %}\""))).isEqualTo("2");
        assertThat(Json.write(eval("\"{% [1.0, 2.5] %}\""))).isEqualTo("[1,2.5]");
    }

    @Test
    void nothingReturnedIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> eval("{\"result\":\"{% $doesNotExist %}\"}")).isInstanceOfSatisfying(
                AslException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
                    assertThat(e.cause()).isEqualTo("The JSONata expression '$doesNotExist' specified for the field "
                            + "'Output/result' returned nothing (undefined).");
                });
    }

    @Test
    void engineErrorsCarryTheirCode() {
        assertThatThrownBy(() -> eval("\"{% $notAFunction(1) %}\"")).isInstanceOfSatisfying(AslException.class,
                e -> assertThat(e.cause()).isEqualTo("The JSONata expression '$notAFunction(1)' specified for the "
                        + "field 'Output' threw an error during evaluation. T1006: Attempted to invoke a non-function"));
    }

    @Test
    void evalIsUnavailableAsOnAws() {
        assertThatThrownBy(() -> eval("\"{% $eval('1 + 1') %}\"")).isInstanceOf(AslException.class)
                .hasMessageContaining("T1006");
    }

    @Test
    void intrinsicRulesApplyToTheAddedFunctions() {
        assertThatThrownBy(() -> eval("\"{% $partition([1,2], 0) %}\"")).isInstanceOf(AslException.class)
                .hasMessageContaining("threw an error during evaluation");
    }

    @Test
    void syntaxErrorsNameTheFieldWhenCompiled() {
        assertThat(JsonataTemplate.problems("Assign", json("{\"x\":\"{% $count( %}\",\"y\":\"{% a@ %}\"}")))
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("'Assign/")).anySatisfy(p -> assertThat(p)
                        .startsWith("The JSONata expression '$count(' specified for the field 'Assign/x' is invalid"));
    }

    @Test
    void runawayRecursionStopsWithAnError() {
        JsonataExpression deep = JsonataExpression.compile(
                "($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))");
        assertThatThrownBy(() -> deep.evaluate(Map.of(), CONTEXT)).isInstanceOf(JsonataEvaluationException.class);
    }

    @Test
    void endlessLoopStopsAtTheTimeBound() {
        JsonataExpression loop = JsonataExpression.compile("($g := function(){ $g() }; $g())", 200, 10_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> loop.evaluate(Map.of(), CONTEXT)).isInstanceOf(JsonataEvaluationException.class)
                .hasMessageContaining("timeout");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void resultIsReadThroughStates() {
        ObjectNode huge = Json.MAPPER.createObjectNode();
        JsonataStates states = new JsonataStates(huge, json("{\"r\":1}"), null);
        JsonNode out = JsonataTemplate.compile("Output", json("\"{% $states.result.r %}\"")).evaluate(states, CONTEXT);
        assertThat(Json.write(out)).isEqualTo("1");
    }
}
