package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;

/** A Choice rule ready to evaluate: paths compiled, literal operands already converted. */
public interface CompiledRule {

    /**
     * Whether the rule holds for {@code input}.
     *
     * @throws dev.stepcamel.asl.errors.AslException {@code States.Runtime} when a path the rule
     *     compares selects nothing
     */
    boolean test(JsonNode input, EvaluationContext ctx);
}
