package dev.stepcamel.asl.model;

import java.util.Map;

/**
 * {@code StartAt} plus {@code States}: the top level of a machine, a Parallel branch, or a Map's
 * item processor. {@code states} keeps the definition's order.
 */
public record StateGraph(String startAt, Map<String, State> states, String comment) {
    public State state(String name) {
        return states.get(name);
    }
}
