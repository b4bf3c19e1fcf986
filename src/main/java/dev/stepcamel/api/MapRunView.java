package dev.stepcamel.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.step.MapRuns;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.HistoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Distributed Map's map run as ListMapRuns and DescribeMapRun show it, read from the parent
 * execution's history: MapRunStarted (with its internal settings), the items' iteration events
 * and the last MapRunSucceeded/MapRunFailed of the run.
 */
public record MapRunView(String mapRunArn, String executionArn, String stateMachineArn, Instant startDate,
        Instant stopDate, String status, int maxConcurrency, Integer toleratedFailureCount,
        Double toleratedFailurePercentage, Counts items) {

    /** The items (child executions) by status; AWS's itemCounts and executionCounts. */
    public record Counts(int pending, int running, int succeeded, int failed, int aborted, int total) {
    }

    /** The map runs of {@code execution}, oldest first. */
    static List<MapRunView> of(Execution execution) {
        List<HistoryEvent> events = execution.history().snapshot();
        List<MapRunView> runs = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (event.type().equals("MapRunStarted") && event.details() != null) {
                runs.add(read(execution, event, events));
            }
        }
        return runs;
    }

    private static MapRunView read(Execution execution, HistoryEvent started, List<HistoryEvent> events) {
        ObjectNode d = started.details();
        String arn = d.path("mapRunArn").asText();
        String state = d.path(MapRuns.STATE_KEY).asText();
        HistoryEvent end = null;
        Set<Integer> begun = new HashSet<>();
        Map<Integer, String> ended = new HashMap<>();
        for (HistoryEvent event : events) {
            ObjectNode details = event.details();
            if (details == null) {
                continue;
            }
            if (arn.equals(details.path(MapRuns.ENDS_KEY).asText(null))) {
                end = event;
            } else if (arn.equals(details.path(MapRuns.RUN_KEY).asText(null))
                    && state.equals(details.path("name").asText(null))) {
                int index = details.path(MapRuns.INDEX_KEY).asInt();
                switch (event.type()) {
                    case "MapIterationStarted" -> begun.add(index);
                    case "MapIterationSucceeded" -> ended.put(index, "SUCCEEDED");
                    case "MapIterationFailed" -> ended.put(index, "FAILED");
                    default -> { }
                }
            }
        }
        String status = end != null ? (end.type().equals("MapRunSucceeded") ? "SUCCEEDED" : "FAILED")
                : execution.isRunning() ? "RUNNING" : "ABORTED";
        Instant stop = end != null ? end.timestamp() : execution.isRunning() ? null : execution.stopDate();
        int total = d.path(MapRuns.TOTAL_KEY).asInt();
        int succeeded = (int) ended.values().stream().filter("SUCCEEDED"::equals).count();
        int failed = ended.size() - succeeded;
        begun.addAll(ended.keySet());
        int unfinished = begun.size() - ended.size();
        boolean stopped = !"RUNNING".equals(status);
        Counts counts = new Counts(stopped ? 0 : total - begun.size(), stopped ? 0 : unfinished, succeeded, failed,
                stopped ? total - ended.size() : 0, total);
        JsonNode count = d.get(MapRuns.TOLERATED_COUNT_KEY);
        JsonNode percentage = d.get(MapRuns.TOLERATED_PERCENTAGE_KEY);
        return new MapRunView(arn, execution.executionArn(), execution.machine().arn(), started.timestamp(), stop,
                status, d.path(MapRuns.MAX_CONCURRENCY_KEY).asInt(), count == null ? null : count.asInt(),
                percentage == null ? null : percentage.asDouble(), counts);
    }
}
