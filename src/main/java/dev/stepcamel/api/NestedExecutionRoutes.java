package dev.stepcamel.api;

import dev.stepcamel.integrations.StatesTaskResolver;
import org.apache.camel.builder.RouteBuilder;

/**
 * Serves the nested-execution endpoints the {@code states:startExecution} Tasks call. Add it to
 * the Camel context beside the engine's routes.
 */
public final class NestedExecutionRoutes extends RouteBuilder {
    private final StepFunctionsService service;

    public NestedExecutionRoutes(StepFunctionsService service) {
        this.service = service;
    }

    @Override
    public void configure() {
        route("startExecution", StartExecutionTask.Mode.REQUEST);
        route("startExecution.sync", StartExecutionTask.Mode.SYNC);
        route("startExecution.sync:2", StartExecutionTask.Mode.SYNC2);
    }

    private void route(String action, StartExecutionTask.Mode mode) {
        String uri = StatesTaskResolver.ENDPOINTS.get(action);
        from(uri).routeId("stepcamel-states-" + action.replace(':', '-'))
                .process(new StartExecutionTask(service, mode, action));
    }
}
