package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Type: Pass}; {@code result} is {@code null} when the state has no {@code Result}. */
public record PassState(String name, String comment, DataFlow dataFlow, JsonNode result, Transition transition)
        implements State {
    @Override
    public String type() {
        return "Pass";
    }
}
