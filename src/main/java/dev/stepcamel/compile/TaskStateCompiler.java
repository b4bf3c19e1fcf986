package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ErrorHandlingStep;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.FailureEvents;
import dev.stepcamel.compile.step.TaskReply;
import dev.stepcamel.compile.step.TaskRequestStep;
import dev.stepcamel.compile.step.TaskSucceededStep;
import dev.stepcamel.compile.step.TimedInvokeStep;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * Task: the request is sent to the resource's Camel endpoint with the Content Enricher (the
 * resource sees a copy of the exchange; its reply becomes the result), inside a try/catch that
 * applies Retry and Catch.
 */
final class TaskStateCompiler implements StateCompiler<TaskState> {
    @Override
    public Class<TaskState> stateType() {
        return TaskState.class;
    }

    @Override
    public void compile(TaskState state, StateTarget target, GraphCompiler graphs) {
        TaskResolver resolver = graphs.settings().tasks();
        TaskBinding binding = resolver.bind(state.resource());
        if (binding == null) {
            throw new IllegalArgumentException("unsupported Task resource '" + state.resource() + "' in state '"
                    + state.name() + "'");
        }
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), state.retry().size()));
        TryDefinition work = route.doTry();
        DataFlowSteps.input(work, state.dataFlow());
        RouteSteps.add(work, new TaskRequestStep(state.name(), state.resource(), binding, resolver));
        TaskReply reply = new TaskReply(state.name(), binding.shape());
        JsonNode timeoutExpression = timeoutExpression(state);
        if (state.timeoutSeconds() != null || state.timeoutSecondsPath() != null || timeoutExpression != null) {
            RouteSteps.add(work, new TimedInvokeStep(graphs.routes().getContext(), binding.endpointUri(),
                    state.timeoutSeconds(), state.timeoutSecondsPath(), reply).withTimeoutExpression(timeoutExpression));
        } else if (binding.endpointUri() != null) {
            work.enrich(binding.endpointUri(), reply);
        } else {
            work.enrich().simple("${exchangeProperty." + TaskRequestStep.ENDPOINT + "}").aggregationStrategy(reply);
        }
        RouteSteps.add(work, new TaskSucceededStep(binding));
        DataFlowSteps.output(work, state.dataFlow(), true);
        RouteSteps.add(work, new ExitState(state.name(), state.type(), state.transition().next()));
        RouteSteps.add(work.doCatch(Exception.class), new ErrorHandlingStep(state.name(), state.type(), state.retry(),
                state.catchers(), FailureEvents.task(binding), state.dataFlow().isJsonata()));
        work.end();
    }

    /** A JSONata Task's TimeoutSeconds when it is an expression (a literal is in {@code timeoutSeconds}). */
    private static JsonNode timeoutExpression(TaskState state) {
        JsonNode value = state.dataFlow().isJsonata() ? state.dataFlow().jsonata().value("TimeoutSeconds") : null;
        return JsonataTemplate.isExpression(value) ? value : null;
    }
}
