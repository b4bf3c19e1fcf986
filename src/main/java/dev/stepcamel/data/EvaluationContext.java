package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * What an expression may read besides the state's input: the {@code $$} context object (built
 * only when an expression reads it), the workflow variables and the execution's sources of ids and randomness, which the
 * runtime injects so that tests can fix them.
 */
public interface EvaluationContext {
    EvaluationContext EMPTY = () -> Json.MAPPER.createObjectNode();

    /** The {@code $$} context object. */
    JsonNode contextObject();

    /** For {@code States.UUID()}. */
    default UUID newUuid() {
        return UUID.randomUUID();
    }

    /** The workflow variable called {@code name} ({@code $name}), or {@code null} when it is not assigned. */
    default JsonNode variable(String name) {
        return null;
    }

    /** For {@code States.MathRandom} without a seed. */
    default RandomGenerator random() {
        return ThreadLocalRandom.current();
    }
}
