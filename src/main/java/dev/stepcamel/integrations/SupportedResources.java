package dev.stepcamel.integrations;

import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.asl.model.ParallelState;
import dev.stepcamel.asl.model.State;
import dev.stepcamel.asl.model.StateGraph;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.compile.TaskResources;
import java.util.ArrayList;
import java.util.List;

/** Rejects, at validation, Task and ItemReader resources that no integration serves yet, naming each one. */
public final class SupportedResources {
    private SupportedResources() {
    }

    public static List<Diagnostic> check(StateGraph graph, TaskResolver resolver) {
        List<Diagnostic> problems = new ArrayList<>();
        check(graph, "", resolver, problems);
        return problems;
    }

    private static void check(StateGraph graph, String pointer, TaskResolver resolver, List<Diagnostic> problems) {
        for (State state : graph.states().values()) {
            String at = pointer + "/States/" + state.name().replace("~", "~0").replace("/", "~1");
            if (state instanceof TaskState task && TaskResources.bind(resolver, task.resource()) == null) {
                problems.add(Diagnostic.error("SCHEMA_VALIDATION_FAILED", "The resource '" + task.resource()
                        + "' of state '" + state.name() + "' is not supported by this runtime", at + "/Resource"));
            } else if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    check(parallel.branches().get(i), at + "/Branches/" + i, resolver, problems);
                }
            } else if (state instanceof MapState map) {
                checkReader(map, at, resolver, problems);
                if (map.itemProcessor() != null) {
                    check(map.itemProcessor(), at + "/ItemProcessor", resolver, problems);
                }
            }
        }
    }

    private static void checkReader(MapState map, String at, TaskResolver resolver, List<Diagnostic> problems) {
        if (map.itemReader() == null || map.itemReader().isNull()) {
            return;
        }
        String resource = map.itemReader().path("Resource").asText();
        if (resolver.itemSource(resource) == null) {
            problems.add(Diagnostic.error("SCHEMA_VALIDATION_FAILED", "The ItemReader resource '" + resource
                    + "' of state '" + map.name() + "' is not supported by this runtime", at + "/ItemReader/Resource"));
        }
    }
}
