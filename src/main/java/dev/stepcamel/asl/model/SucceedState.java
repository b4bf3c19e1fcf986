package dev.stepcamel.asl.model;

/** {@code Type: Succeed}. */
public record SucceedState(String name, String comment, DataFlow dataFlow) implements State {
    @Override
    public String type() {
        return "Succeed";
    }

    @Override
    public Transition transition() {
        return null;
    }
}
