package dev.stepcamel.asl.model;

/** {@code Next} or {@code End: true}: {@code next == null} means the state ends its branch. */
public record Transition(String next) {
    public static final Transition END = new Transition(null);

    public boolean isEnd() {
        return next == null;
    }
}
