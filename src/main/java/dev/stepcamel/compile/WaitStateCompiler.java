package dev.stepcamel.compile;

import dev.stepcamel.asl.model.WaitState;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.WaitStep;
import org.apache.camel.model.RouteDefinition;

/** Wait: an asynchronous step that parks the exchange on the runtime's timer. */
final class WaitStateCompiler implements StateCompiler<WaitState> {
    @Override
    public Class<WaitState> stateType() {
        return WaitState.class;
    }

    @Override
    public void compile(WaitState state, StateTarget target, GraphCompiler graphs) {
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), 0));
        DataFlowSteps.input(route, state.dataFlow());
        RouteSteps.add(route, new WaitStep(state));
        DataFlowSteps.assign(route, state.dataFlow(), false);
        DataFlowSteps.finish(route, state.dataFlow(), false);
        RouteSteps.add(route, new ExitState(state.name(), state.type(), state.transition().next()));
    }
}
