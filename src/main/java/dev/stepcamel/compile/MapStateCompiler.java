package dev.stepcamel.compile;

import static org.apache.camel.builder.Builder.body;

import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.compile.step.BranchResults;
import dev.stepcamel.compile.step.EnterState;
import dev.stepcamel.compile.step.ErrorHandlingStep;
import dev.stepcamel.compile.step.ExitState;
import dev.stepcamel.compile.step.FailureEvents;
import dev.stepcamel.compile.step.ItemReaderStep;
import dev.stepcamel.compile.step.IterationSteps;
import dev.stepcamel.compile.step.MapItemsStep;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SplitDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * Map: a splitter over the items, on the worker pool, each item running the item processor's
 * graph; results aggregate in item order. MaxConcurrency is a slot limit the iterations take
 * without blocking a thread.
 */
final class MapStateCompiler implements StateCompiler<MapState> {
    @Override
    public Class<MapState> stateType() {
        return MapState.class;
    }

    @Override
    public void compile(MapState state, StateTarget target, GraphCompiler graphs) {
        String prefix = target.nestedPrefix() + ".m";
        String label = target.routeLabel() + "/iteration";
        String dispatcher = graphs.compile(state.itemProcessor(), prefix + "g", label);
        String iteration = "direct:" + prefix;
        RouteDefinition iterationRoute = graphs.routes().from(iteration).routeId(label)
                .routeDescription("one iteration of " + state.name());
        RouteSteps.add(iterationRoute, IterationSteps.start(state.name(), state.itemProcessor().startAt(),
                state.mode() == MapState.ProcessorMode.DISTRIBUTED));
        TryDefinition slot = iterationRoute.doTry();
        RouteSteps.add(slot, IterationSteps.acquireSlot());
        slot.to(dispatcher);
        RouteSteps.add(slot, IterationSteps.finish(state.name()));
        // A failed iteration skips the rest of the try block: record its failure, then fail on.
        RouteSteps.add(slot.doCatch(Exception.class), IterationSteps.failed(state.name()));
        RouteSteps.add(slot.doFinally(), IterationSteps.releaseSlot());
        slot.end();

        RouteDefinition route = graphs.from(target, state);
        RouteSteps.add(route, new EnterState(state.name(), state.type(), state.retry().size()));
        TryDefinition work = route.doTry();
        DataFlowSteps.input(work, state.dataFlow());
        RouteSteps.add(work, new MapItemsStep(state, graphs.settings().mapConcurrencyCeiling(),
                ItemReaderStep.of(state, graphs.settings().tasks())));
        SplitDefinition split = work.split(body(), BranchResults.forMap()).parallelProcessing()
                .executorService(graphs.settings().services().workers());
        if (!MapItemsStep.toleratesFailures(state)) {
            split.stopOnException();
        }
        split.to(iteration).end();
        RouteSteps.add(work, IterationSteps.collect());
        DataFlowSteps.output(work, state.dataFlow(), true);
        RouteSteps.add(work, new ExitState(state.name(), state.type(), state.transition().next()));
        RouteSteps.add(work.doCatch(Exception.class), new ErrorHandlingStep(state.name(), state.type(), state.retry(),
                state.catchers(), FailureEvents.branches("MapStateFailed"), state.dataFlow().isJsonata()));
        work.end();
    }
}
