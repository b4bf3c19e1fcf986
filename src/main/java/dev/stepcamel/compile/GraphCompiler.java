package dev.stepcamel.compile;

import dev.stepcamel.asl.model.State;
import dev.stepcamel.asl.model.StateGraph;
import dev.stepcamel.compile.step.GraphDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Compiles a state graph: one route per state, plus the graph's dispatcher route, which the
 * caller reaches at {@code direct:<prefix>} with {@link ExchangeKeys#NEXT} naming the first state.
 */
final class GraphCompiler {
    private final RouteBuilder routes;
    private final CompileSettings settings;

    GraphCompiler(RouteBuilder routes, CompileSettings settings) {
        this.routes = routes;
        this.settings = settings;
    }

    RouteBuilder routes() {
        return routes;
    }

    CompileSettings settings() {
        return settings;
    }

    /**
     * @param prefix unique endpoint-safe name of this graph
     * @param label readable path of this graph for route ids (machine name, then state names)
     * @return the endpoint URI of the graph's dispatcher route
     */
    String compile(StateGraph graph, String prefix, String label) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        int index = 0;
        for (State state : graph.states().values()) {
            String endpoint = "direct:" + prefix + ".s" + index;
            endpoints.put(state.name(), endpoint);
            StateTarget target = new StateTarget(endpoint, label + "/" + state.name(), prefix + ".s" + index,
                    label + "/" + state.name());
            compileState(state, target);
            index++;
        }
        String dispatcherUri = "direct:" + prefix;
        RouteSteps.add(routes.from(dispatcherUri).routeId(label + "/(dispatch)").routeDescription("dispatcher of " + label),
                new GraphDispatcher(routes.getContext(), endpoints));
        return dispatcherUri;
    }

    private <S extends State> void compileState(S state, StateTarget target) {
        try {
            StateCompilers.forState(state).compile(state, target, this);
        } catch (CompileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CompileException("State '" + state.name() + "': " + e.getMessage(), e);
        }
    }

    /** Starts the route of one state. */
    RouteDefinition from(StateTarget target, State state) {
        return routes.from(target.endpointUri()).routeId(target.routeId())
                .routeDescription(state.type() + " state " + state.name());
    }
}
