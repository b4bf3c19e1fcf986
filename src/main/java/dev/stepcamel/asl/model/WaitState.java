package dev.stepcamel.asl.model;

/** {@code Type: Wait}: exactly one of the four time fields is set. */
public record WaitState(String name, String comment, DataFlow dataFlow, Long seconds, String secondsPath,
        String timestamp, String timestampPath, Transition transition) implements State {
    @Override
    public String type() {
        return "Wait";
    }
}
