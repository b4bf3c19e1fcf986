package dev.stepcamel.compile;

import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;

/**
 * Adds steps to a route under ids that say what they do, so that the printed routes read as the
 * workflow ({@code order#1/Check: InputPath[$.order]}). Camel's YAML dump shows ids but not
 * descriptions, and ids must be unique in a context, hence the route id in front.
 */
final class RouteSteps {
    private RouteSteps() {
    }

    static void add(ProcessorDefinition<?> block, Processor step) {
        block.process(step).id(idFor(block, step.toString()));
    }

    static String idFor(ProcessorDefinition<?> block, String what) {
        RouteDefinition route = ProcessorDefinitionHelper.getRoute(block);
        return route == null ? what : route.getRouteId() + ": " + what;
    }
}
