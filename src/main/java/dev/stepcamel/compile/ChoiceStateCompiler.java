package dev.stepcamel.compile;

import static org.apache.camel.builder.Builder.constant;

import dev.stepcamel.asl.model.ChoiceBranch;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.asl.model.ChoiceState;
import dev.stepcamel.compile.step.AssignStep;
import dev.stepcamel.compile.step.JsonataCondition;
import dev.stepcamel.compile.step.JsonataStep;
import org.apache.camel.Predicate;
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
        boolean jsonata = state.dataFlow().isJsonata();
        // The state's Assign applies whichever rule wins; a winning rule's own Assign overrides it.
        DataFlowSteps.assign(route, state.dataFlow(), false);
        boolean ruleOutputs = false;
        ChoiceDefinition choice = route.choice();
        for (int i = 0; i < state.choices().size(); i++) {
            ChoiceBranch branch = state.choices().get(i);
            Predicate rule = branch.rule() instanceof ChoiceRule.Condition c ? new JsonataCondition(c.condition())
                    : new ChoicePredicate(branch.rule());
            choice.when(rule).setProperty(ExchangeKeys.NEXT, constant(branch.next()))
                    .id(RouteSteps.idFor(route, "Choices[" + i + "] " + rule + " -> " + branch.next()));
            if (branch.assign() != null) {
                RouteSteps.add(choice, (jsonata ? AssignStep.jsonata(branch.assign(), false)
                        : AssignStep.jsonPath(branch.assign())).labelled("Choices[" + i + "] Assign"));
            }
            if (branch.output() != null) {
                RouteSteps.add(choice, JsonataStep.chosenOutput(branch.output(), "Choices[" + i + "] Output"));
                ruleOutputs = true;
            }
        }
        if (state.defaultNext() != null) {
            choice.otherwise().setProperty(ExchangeKeys.NEXT, constant(state.defaultNext()))
                    .id(RouteSteps.idFor(route, "Default -> " + state.defaultNext()));
        } else {
            RouteSteps.add(choice.otherwise(), new NoChoiceMatchedStep(state.name()));
        }
        choice.end();
        if (jsonata && ruleOutputs) {
            RouteSteps.add(route, new JsonataStep("Output", state.dataFlow().jsonata().output(), false));
        } else {
            DataFlowSteps.finish(route, state.dataFlow(), false);
        }
        RouteSteps.add(route, ExitState.keepingNext(state.name(), state.type()));
    }
}
