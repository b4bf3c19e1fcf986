package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only event history of one execution; safe to append from Map and Parallel threads. */
public final class ExecutionHistory {
    /** AWS fails an execution whose history would pass this many events. */
    public static final int MAX_EVENTS = 25_000;

    private final List<HistoryEvent> events = new ArrayList<>();

    /** Appends an event that follows the last one; returns its id. */
    public synchronized long append(Instant at, String type, ObjectNode details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, id - 1, at, type, details));
        return id;
    }

    /** Appends an event whose cause is event {@code previousEventId}; returns its id. */
    public synchronized long append(Instant at, String type, ObjectNode details, long previousEventId) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, previousEventId, at, type, details));
        return id;
    }

    public synchronized int size() {
        return events.size();
    }

    /** The events after the first {@code count}, at most {@code limit} of them; for readers that follow a live history. */
    public synchronized List<HistoryEvent> since(int count, int limit) {
        int from = Math.min(Math.max(count, 0), events.size());
        return List.copyOf(events.subList(from, Math.min(events.size(), from + Math.max(limit, 0))));
    }

    public synchronized List<HistoryEvent> snapshot() {
        return List.copyOf(events);
    }
}
