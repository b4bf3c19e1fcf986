package dev.stepcamel.api;

import dev.stepcamel.compile.step.MapRuns;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An execution's history as AWS shows it: the events recorded inside a Distributed Map's items
 * belong to the map run's child executions, so the parent's history leaves them out and numbers
 * the rest contiguously (ids and previous event ids).
 */
final class MapRunHistory {
    private MapRunHistory() {
    }

    static boolean inMapRun(HistoryEvent event) {
        return event.details() != null && event.details().has(MapRuns.RUN_KEY);
    }

    static List<HistoryEvent> parentView(List<HistoryEvent> events) {
        if (events.stream().noneMatch(MapRunHistory::inMapRun)) {
            return events;
        }
        List<HistoryEvent> shown = new ArrayList<>(events.size());
        Map<Long, Long> renumbered = new HashMap<>();
        long last = 0;
        for (HistoryEvent event : events) {
            if (!inMapRun(event)) {
                last = shown.size() + 1;
                long previous = renumbered.getOrDefault(event.previousEventId(), 0L);
                shown.add(new HistoryEvent(last, previous, event.timestamp(), event.type(), event.details()));
            }
            renumbered.put(event.id(), last); // a hidden event stands for the last shown one before it
        }
        return shown;
    }
}
