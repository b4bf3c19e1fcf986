package dev.stepcamel.compile;

import dev.stepcamel.asl.model.SucceedState;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ExitState;
import org.apache.camel.model.RouteDefinition;

/** Succeed: InputPath and OutputPath, then the branch ends. */
final class SucceedStateCompiler implements StateCompiler<SucceedState> {
    @Override
    public Class<SucceedState> stateType() {
        return SucceedState.class;
    }

    @Override
    public void compile(SucceedState state, StateTarget target, GraphCompiler graphs) {
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), 0));
        DataFlowSteps.input(route, state.dataFlow());
        DataFlowSteps.finish(route, state.dataFlow(), false);
        RouteSteps.add(route, new ExitState(state.name(), state.type(), null));
    }
}
