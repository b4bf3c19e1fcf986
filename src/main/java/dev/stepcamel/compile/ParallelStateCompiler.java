package dev.stepcamel.compile;

import dev.stepcamel.asl.model.ParallelState;
import dev.stepcamel.asl.model.StateGraph;
import dev.stepcamel.compile.step.BranchResults;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ErrorHandlingStep;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.FailureEvents;
import dev.stepcamel.compile.step.ParallelSteps;
import dev.stepcamel.compile.step.StartBranch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * Parallel: a multicast to one route per branch, run on the worker pool, aggregated into an
 * array in branch order; the first failing branch fails the state.
 */
final class ParallelStateCompiler implements StateCompiler<ParallelState> {
    @Override
    public Class<ParallelState> stateType() {
        return ParallelState.class;
    }

    @Override
    public void compile(ParallelState state, StateTarget target, GraphCompiler graphs) {
        List<String> branchUris = new ArrayList<>();
        for (int i = 0; i < state.branches().size(); i++) {
            StateGraph branch = state.branches().get(i);
            String prefix = target.nestedPrefix() + ".b" + i;
            String label = target.routeLabel() + "/branch" + i;
            String dispatcher = graphs.compile(branch, prefix + "g", label);
            String start = "direct:" + prefix;
            RouteDefinition branchRoute = graphs.routes().from(start).routeId(label)
                    .routeDescription("branch " + i + " of " + state.name());
            RouteSteps.add(branchRoute, new StartBranch(state.name(), branch.startAt()));
            TryDefinition run = branchRoute.doTry();
            run.to(dispatcher);
            RouteSteps.add(run, ParallelSteps.finishBranch());
            run.end();
            branchUris.add(start);
        }
        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), state.retry().size()));
        TryDefinition work = route.doTry();
        DataFlowSteps.input(work, state.dataFlow());
        RouteSteps.add(work, ParallelSteps.open(state.name(), branchUris.size()));
        work.multicast(BranchResults.forParallel()).parallelProcessing()
                .executorService(graphs.settings().services().workers()).stopOnException()
                .to(branchUris.toArray(String[]::new)).end();
        RouteSteps.add(work, ParallelSteps.collect());
        DataFlowSteps.output(work, state.dataFlow(), true);
        RouteSteps.add(work, new ExitState(state.name(), state.type(), state.transition().next()));
        RouteSteps.add(work.doCatch(Exception.class), new ErrorHandlingStep(state.name(), state.type(), state.retry(),
                state.catchers(), FailureEvents.branches("ParallelStateFailed"), state.dataFlow().isJsonata()));
        work.end();
    }
}
