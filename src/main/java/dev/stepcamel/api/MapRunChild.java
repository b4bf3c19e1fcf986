package dev.stepcamel.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.step.MapRuns;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.HistoryEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One item of a map run as the child execution AWS would have run for it, read from the
 * parent's history: {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE/LABEL:UUID}, its
 * history the item's events between ExecutionStarted (the item's input) and
 * ExecutionSucceeded/ExecutionFailed.
 */
public record MapRunChild(String executionArn, String name, String stateMachineArn, String mapRunArn,
        String status, Instant startDate, Instant stopDate, String input, String output, String error, String cause,
        List<HistoryEvent> history) {

    /** The children of {@code run}, by item index, for the items that started. */
    static List<MapRunChild> of(Execution parent, MapRunView run) {
        return of(parent, run, -1);
    }

    /** The child of item {@code only} (all items when negative), as a list of at most one. */
    static List<MapRunChild> of(Execution parent, MapRunView run, int only) {
        String state = null;
        Map<Integer, List<HistoryEvent>> byItem = new TreeMap<>();
        for (HistoryEvent event : parent.history().snapshot()) {
            ObjectNode d = event.details();
            if (d == null) {
                continue;
            }
            if (event.type().equals("MapRunStarted") && run.mapRunArn().equals(d.path("mapRunArn").asText())) {
                state = d.path(MapRuns.STATE_KEY).asText();
            } else if (run.mapRunArn().equals(d.path(MapRuns.RUN_KEY).asText(null))) {
                int index = d.path(MapRuns.INDEX_KEY).asInt(-1);
                if (only < 0 || index == only) {
                    byItem.computeIfAbsent(index, i -> new ArrayList<>()).add(event);
                }
            }
        }
        List<MapRunChild> children = new ArrayList<>();
        for (Map.Entry<Integer, List<HistoryEvent>> item : byItem.entrySet()) {
            MapRunChild child = read(parent, run, state, item.getKey(), item.getValue());
            if (child != null) {
                children.add(child);
            }
        }
        return children;
    }

    /** The index of the item of {@code run} whose child execution is {@code executionArn}, or -1. */
    static int indexOf(MapRunView run, String executionArn) {
        for (int index = 0; index < run.items().total(); index++) {
            if (arn(run.mapRunArn(), index).equals(executionArn)) {
                return index;
            }
        }
        return -1;
    }

    /** The child execution ARN of item {@code index}. */
    static String arn(String mapRunArn, int index) {
        int at = mapRunArn.indexOf(":mapRun:");
        String resource = mapRunArn.substring(at + 8, mapRunArn.lastIndexOf(':'));
        String uuid = UUID.nameUUIDFromBytes((mapRunArn + "#" + index).getBytes(StandardCharsets.UTF_8)).toString();
        return mapRunArn.substring(0, at) + ":execution:" + resource + ":" + uuid;
    }

    /** @param events the events of item {@code index} */
    private static MapRunChild read(Execution parent, MapRunView run, String state, int index,
            List<HistoryEvent> events) {
        List<HistoryEvent> own = new ArrayList<>();
        HistoryEvent started = null;
        HistoryEvent ended = null;
        for (HistoryEvent event : events) {
            ObjectNode d = event.details();
            boolean iteration = event.type().startsWith("MapIteration") && state != null
                    && state.equals(d.path("name").asText(null));
            if (!iteration) {
                own.add(event);
            } else if (event.type().equals("MapIterationStarted")) {
                started = started == null ? event : started;
            } else {
                ended = event; // the last one: a redrive may follow a failure with a success
            }
        }
        if (started == null) {
            return null;
        }
        String input = "{}";
        for (HistoryEvent event : own) {
            if (event.details().has("input")) {
                input = event.details().get("input").asText();
                break;
            }
        }
        String output = null;
        for (HistoryEvent event : own) {
            if (event.type().endsWith("StateExited") && event.details().has("output")) {
                output = event.details().get("output").asText();
            }
        }
        boolean succeeded = ended != null && ended.type().equals("MapIterationSucceeded");
        boolean failed = ended != null && !succeeded;
        String status = succeeded ? "SUCCEEDED" : failed ? "FAILED" : parent.isRunning() ? "RUNNING" : "ABORTED";
        String error = failed ? ended.details().path(MapRuns.ERROR_KEY).asText(null) : null;
        String cause = failed ? ended.details().path(MapRuns.CAUSE_KEY).asText(null) : null;
        Instant stop = ended != null ? ended.timestamp() : parent.isRunning() ? null : parent.stopDate();
        String arn = arn(run.mapRunArn(), index);

        List<HistoryEvent> history = new ArrayList<>(own.size() + 2);
        ObjectNode startDetails = Json.MAPPER.createObjectNode().put("input", input)
                .put("roleArn", parent.machine().roleArn());
        startDetails.putObject("inputDetails").put("truncated", false);
        history.add(new HistoryEvent(1, 0, started.timestamp(), "ExecutionStarted", startDetails));
        for (HistoryEvent event : own) {
            history.add(new HistoryEvent(history.size() + 1, history.size(), event.timestamp(), event.type(),
                    event.details()));
        }
        if (succeeded) {
            ObjectNode end = Json.MAPPER.createObjectNode().put("output", output == null ? "null" : output);
            end.putObject("outputDetails").put("truncated", false);
            history.add(new HistoryEvent(history.size() + 1, history.size(), stop, "ExecutionSucceeded", end));
        } else if (failed) {
            ObjectNode end = Json.MAPPER.createObjectNode();
            if (error != null) {
                end.put("error", error);
            }
            if (cause != null) {
                end.put("cause", cause);
            }
            history.add(new HistoryEvent(history.size() + 1, history.size(), stop, "ExecutionFailed", end));
        }
        return new MapRunChild(arn, arn.substring(arn.lastIndexOf(':') + 1), run.stateMachineArn(),
                run.mapRunArn(), status, started.timestamp(), stop, input, succeeded ? output : null, error, cause,
                history);
    }
}
