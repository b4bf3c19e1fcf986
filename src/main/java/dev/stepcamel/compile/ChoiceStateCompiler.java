package dev.stepcamel.compile;

import static org.apache.camel.builder.Builder.constant;

import dev.stepcamel.asl.model.ChoiceBranch;
import dev.stepcamel.asl.model.ChoiceState;
import dev.stepcamel.compile.step.ChoicePredicate;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.NoChoiceMatchedStep;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.RouteDefinition;

/** Choice: a content-based router; each rule is a {@code when} that names the next state. */
final class ChoiceStateCompiler implements StateCompiler<ChoiceState> {
    @Override
    public Class<ChoiceState> stateType() {
        return ChoiceState.class;
    }

    @Override
    public void compile(ChoiceState state, StateTarget target, GraphCompiler graphs) {
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), 0));
        DataFlowSteps.input(route, state.dataFlow());
        ChoiceDefinition choice = route.choice();
        for (int i = 0; i < state.choices().size(); i++) {
            ChoiceBranch branch = state.choices().get(i);
            ChoicePredicate rule = new ChoicePredicate(branch.rule());
            choice.when(rule).setProperty(ExchangeKeys.NEXT, constant(branch.next()))
                    .id(RouteSteps.idFor(route, "Choices[" + i + "] " + rule + " -> " + branch.next()));
        }
        if (state.defaultNext() != null) {
            choice.otherwise().setProperty(ExchangeKeys.NEXT, constant(state.defaultNext()))
                    .id(RouteSteps.idFor(route, "Default -> " + state.defaultNext()));
        } else {
            RouteSteps.add(choice.otherwise(), new NoChoiceMatchedStep(state.name()));
        }
        choice.end();
        DataFlowSteps.outputPath(route, state.dataFlow());
        RouteSteps.add(route, ExitState.keepingNext(state.name(), state.type()));
    }
}
