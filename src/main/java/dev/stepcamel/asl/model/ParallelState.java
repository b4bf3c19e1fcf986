package dev.stepcamel.asl.model;

import java.util.List;

/** {@code Type: Parallel}: each branch is a state graph of its own. */
public record ParallelState(String name, String comment, DataFlow dataFlow, List<StateGraph> branches,
        List<Retrier> retry, List<Catcher> catchers, Transition transition) implements State {
    @Override
    public String type() {
        return "Parallel";
    }
}
