package dev.stepcamel.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds an execution's history, event by event, into what each state did: its status (running,
 * succeeded, failed, caught, stopped), last input and output, error, and retries. Events other than
 * {@code <Type>StateEntered}/{@code Exited} do not name their state; they belong to the latest open
 * state of the family that writes them (Task and Lambda events to a Task, Map events to a Map, ...).
 */
final class StateRuns {
    private final Map<String, StateRun> runs = new LinkedHashMap<>();
    private final List<StateRun> open = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();

    void apply(HistoryEvent event) {
        String type = event.type();
        ObjectNode details = event.details();
        if (type.endsWith("StateEntered")) {
            String name = details == null ? null : details.path("name").asText(null);
            if (name == null) {
                return;
            }
            StateRun run = runs.computeIfAbsent(name, n -> new StateRun(n, type.substring(0, type.length() - 12)));
            run.enter(details);
            open.add(run);
            changed.add(name);
        } else if (type.endsWith("StateExited")) {
            String name = details == null ? null : details.path("name").asText(null);
            StateRun run = name == null ? null : runs.get(name);
            if (run != null) {
                run.exit(details);
                open.remove(run);
                changed.add(name);
            }
        } else if (type.startsWith("MapIteration")) {
            StateRun run = details == null ? null : runs.get(details.path("name").asText(""));
            if (run != null) {
                run.iteration(details.path("index").asInt(), type.substring(12).toLowerCase(java.util.Locale.ROOT));
                changed.add(run.name);
            }
        } else if (type.startsWith("Execution") && !type.equals("ExecutionStarted")) {
            boolean failed = !type.equals("ExecutionSucceeded");
            for (StateRun run : open) {
                run.endOpen(failed);
                if (run.type.equals("Fail") && details != null && details.has("error")) {
                    run.error = details.path("error").asText(null);
                    run.cause = details.path("cause").asText(null);
                }
                changed.add(run.name);
            }
            open.clear();
        } else {
            attribute(type, details);
        }
    }

    private void attribute(String type, ObjectNode details) {
        String family = type.startsWith("Lambda") || type.startsWith("Task") || type.startsWith("Stepcamel") ? "Task"
                : type.startsWith("Map") ? "Map" : type.startsWith("Parallel") ? "Parallel" : null;
        if (family == null) {
            return;
        }
        StateRun run = latestOpen(family);
        if (run == null) {
            return;
        }
        if (type.endsWith("Scheduled") || type.equals("ParallelStateStarted") || type.equals("MapStateStarted")) {
            run.attempt();
        } else if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
            run.fail(details);
        } else if (type.endsWith("Succeeded")) {
            run.succeedAttempt();
        }
        changed.add(run.name);
    }

    private StateRun latestOpen(String family) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).type.equals(family)) {
                return open.get(i);
            }
        }
        return null;
    }

    /** Every state seen so far, by name. */
    ObjectNode all() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        runs.values().forEach(run -> node.set(run.name, run.toJson()));
        return node;
    }

    /** The states changed since the last call, by name. */
    ObjectNode drainChanged() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        changed.forEach(name -> node.set(name, runs.get(name).toJson()));
        changed.clear();
        return node;
    }
}
