package dev.stepcamel.data.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Compiles and evaluates calls against JSON text, with a fixed context object, UUID and generator. */
final class IntrinsicTesting {
    static final UUID FIXED_UUID = UUID.fromString("0f8b2c6e-3a4d-4e5f-9a7b-1c2d3e4f5a6b");
    static final String CONTEXT = "{\"StateMachine\":{\"Name\":\"orders-eu-west\"},\"Execution\":{\"Id\":\"exec-1\"}}";

    private IntrinsicTesting() {
    }

    static EvaluationContext context(RandomGenerator random) {
        JsonNode contextObject = parse(CONTEXT);
        return new EvaluationContext() {
            @Override
            public JsonNode contextObject() {
                return contextObject;
            }

            @Override
            public UUID newUuid() {
                return FIXED_UUID;
            }

            @Override
            public RandomGenerator random() {
                return random;
            }
        };
    }

    static JsonNode evaluate(String call, String input) {
        return IntrinsicFunctions.compile(call).evaluate(parse(input), context(new Random(7)));
    }

    static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + json, e);
        }
    }

    /** Asserts that evaluating fails with {@code error} and exactly {@code cause}. */
    static void assertFails(String call, String input, String error, String cause) {
        AslException failure = catchThrowableOfType(AslException.class, () -> evaluate(call, input));
        assertThat(failure).as("failure of %s", call).isNotNull();
        assertThat(failure.error()).isEqualTo(error);
        assertThat(failure.cause()).isEqualTo(cause);
    }

    /** Asserts that the call is rejected when it is compiled, with a message containing {@code fragment}. */
    static void assertRejected(String call, String fragment) {
        IllegalArgumentException failure =
                catchThrowableOfType(IllegalArgumentException.class, () -> IntrinsicFunctions.compile(call));
        assertThat(failure).as("compiling %s", call).isNotNull();
        assertThat(failure.getMessage()).contains(fragment);
    }
}
