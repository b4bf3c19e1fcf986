package dev.stepcamel.compile;

import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.step.ActivitySucceededStep;
import dev.stepcamel.compile.step.ActivityTaskStep;
import dev.stepcamel.compile.step.CommitBarrier;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ErrorHandlingStep;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.FailureEvents;
import dev.stepcamel.compile.step.IssueTaskToken;
import dev.stepcamel.compile.step.TaskReply;
import dev.stepcamel.compile.step.TaskRequestStep;
import dev.stepcamel.compile.step.TaskSucceededStep;
import dev.stepcamel.compile.step.TimedInvokeStep;
import dev.stepcamel.compile.step.WaitForTaskTokenStep;
import dev.stepcamel.compile.step.WaitingTaskEvents;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * Task: the request is sent to the resource's Camel endpoint with the Content Enricher (the
 * resource sees a copy of the exchange; its reply becomes the result), inside a try/catch that
 * applies Retry and Catch. A {@code .waitForTaskToken} Task or an activity parks on a task token
 * instead, until the answer comes through the API.
 */
final class TaskStateCompiler implements StateCompiler<TaskState> {
    @Override
    public Class<TaskState> stateType() {
        return TaskState.class;
    }

    @Override
    public void compile(TaskState state, StateTarget target, GraphCompiler graphs) {
        TaskResolver resolver = graphs.settings().tasks();
        TaskBinding binding = TaskResources.bind(resolver, state.resource());
        if (binding == null) {
            throw new IllegalArgumentException("unsupported Task resource '" + state.resource() + "' in state '"
                    + state.name() + "'");
        }
        TaskCallbacks callbacks = graphs.settings().callbacks();
        boolean activity = TaskResources.isActivity(state.resource());
        boolean callback = TaskResources.waitsForTaskToken(state.resource());
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), state.retry().size()));
        TryDefinition work = route.doTry();
        if (activity || callback) {
            RouteSteps.add(work, new IssueTaskToken(callbacks));
        }
        DataFlowSteps.input(work, state.dataFlow());
        if (activity) {
            RouteSteps.add(work, new CommitBarrier());
            RouteSteps.add(work, new ActivityTaskStep(state, callbacks));
            RouteSteps.add(work, new ActivitySucceededStep());
        } else {
            RouteSteps.add(work, new TaskRequestStep(state.name(), state.resource(), binding, resolver,
                    state.timeoutSeconds()));
            RouteSteps.add(work, new CommitBarrier());
            invoke(work, state, binding, graphs, callback);
            RouteSteps.add(work, new TaskSucceededStep(binding));
        }
        DataFlowSteps.output(work, state.dataFlow(), true);
        RouteSteps.add(work, new ExitState(state.name(), state.type(), state.transition().next()));
        RouteSteps.add(work.doCatch(Exception.class), new ErrorHandlingStep(state.name(), state.type(), state.retry(),
                state.catchers(), failureEvents(binding, activity, callback), state.dataFlow().isJsonata()));
        work.end();
    }

    private static FailureEvents failureEvents(TaskBinding binding, boolean activity, boolean callback) {
        if (activity) {
            return WaitingTaskEvents.activity();
        }
        return callback ? WaitingTaskEvents.callback(binding) : FailureEvents.task(binding);
    }

    private static void invoke(TryDefinition work, TaskState state, TaskBinding binding, GraphCompiler graphs,
            boolean callback) {
        if (callback) {
            RouteSteps.add(work, new WaitForTaskTokenStep(graphs.routes().getContext(), state, binding,
                    graphs.settings().callbacks()));
            return;
        }
        TaskReply reply = new TaskReply(state.name(), binding.shape());
        if (TimedInvokeStep.hasTimeout(state)) {
            RouteSteps.add(work, new TimedInvokeStep(graphs.routes().getContext(), binding.endpointUri(), state, reply));
        } else if (binding.endpointUri() != null) {
            work.enrich(binding.endpointUri(), reply);
        } else {
            work.enrich().simple("${exchangeProperty." + TaskRequestStep.ENDPOINT + "}").aggregationStrategy(reply);
        }
    }

}
