package dev.stepcamel.asl.model;

/** {@code Type: Fail}: the error and cause are literals or paths, each optional. */
public record FailState(String name, String comment, String error, String errorPath, String cause,
        String causePath) implements State {
    @Override
    public String type() {
        return "Fail";
    }

    @Override
    public DataFlow dataFlow() {
        return DataFlow.DEFAULT;
    }

    @Override
    public Transition transition() {
        return null;
    }
}
