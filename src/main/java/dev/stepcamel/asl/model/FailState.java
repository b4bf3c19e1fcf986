package dev.stepcamel.asl.model;

/**
 * {@code Type: Fail}: the error and cause are literals or paths, each optional; in JSONata mode
 * they may be expressions ({@code dataFlow().jsonata()} tells the mode).
 */
public record FailState(String name, String comment, String error, String errorPath, String cause,
        String causePath, DataFlow dataFlow) implements State {
    public FailState(String name, String comment, String error, String errorPath, String cause, String causePath) {
        this(name, comment, error, errorPath, cause, causePath, DataFlow.DEFAULT);
    }

    @Override
    public String type() {
        return "Fail";
    }

    @Override
    public Transition transition() {
        return null;
    }
}
