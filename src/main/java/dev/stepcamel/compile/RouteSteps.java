package dev.stepcamel.compile;

import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;

/** Adds a step to a route with its description, so that the printed routes say what each step does. */
final class RouteSteps {
    private RouteSteps() {
    }

    static void add(ProcessorDefinition<?> route, Processor step) {
        route.process(step).description(step.toString());
    }
}
