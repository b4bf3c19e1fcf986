package dev.stepcamel.compile;

import dev.stepcamel.asl.model.FailState;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.FailStep;
import org.apache.camel.model.RouteDefinition;

/** Fail: raises the state's error, which Parallel/Map parents may still catch. */
final class FailStateCompiler implements StateCompiler<FailState> {
    @Override
    public Class<FailState> stateType() {
        return FailState.class;
    }

    @Override
    public void compile(FailState state, StateTarget target, GraphCompiler graphs) {
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), 0));
        RouteSteps.add(route, new FailStep(state));
    }
}
