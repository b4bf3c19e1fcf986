package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A top-level Choice rule: a condition, the state it leads to, and what the rule assigns and
 * (JSONata only) outputs when it wins; {@code assign} and {@code output} are {@code null} when absent.
 */
public record ChoiceBranch(ChoiceRule rule, String next, JsonNode assign, JsonNode output) {
    public ChoiceBranch(ChoiceRule rule, String next) {
        this(rule, next, null, null);
    }
}
