package dev.stepcamel.asl.model;

import java.util.List;

/** {@code Type: Choice}; {@code defaultNext} is {@code null} when there is no {@code Default}. */
public record ChoiceState(String name, String comment, DataFlow dataFlow, List<ChoiceBranch> choices,
        String defaultNext) implements State {
    @Override
    public String type() {
        return "Choice";
    }

    @Override
    public Transition transition() {
        return null;
    }
}
