package dev.stepcamel.compile;

import dev.stepcamel.asl.model.PassState;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.ResultStep;
import org.apache.camel.model.RouteDefinition;

/** Pass: the data flow steps around an optional fixed Result. */
final class PassStateCompiler implements StateCompiler<PassState> {
    @Override
    public Class<PassState> stateType() {
        return PassState.class;
    }

    @Override
    public void compile(PassState state, StateTarget target, GraphCompiler graphs) {
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), 0));
        DataFlowSteps.input(route, state.dataFlow());
        if (state.result() != null) {
            RouteSteps.add(route, new ResultStep(state.result()));
        }
        DataFlowSteps.output(route, state.dataFlow(), false);
        RouteSteps.add(route, new ExitState(state.name(), state.type(), state.transition().next()));
    }
}
