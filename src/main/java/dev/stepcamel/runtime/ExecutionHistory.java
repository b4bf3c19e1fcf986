package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.PendingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only event history of one execution; safe to append from Map and Parallel threads. */
public final class ExecutionHistory {
    /** AWS fails an execution whose history would pass this many events. */
    public static final int MAX_EVENTS = 25_000;

    private final List<HistoryEvent> events = new ArrayList<>();
    private volatile FrameFold frames = new FrameFold();

    public ExecutionHistory() {
    }

    /** A history read back from a durable store. */
    public ExecutionHistory(List<HistoryEvent> restored) {
        events.addAll(restored);
    }

    /** Appends an event that follows the last one; returns its id. */
    public synchronized long append(Instant at, String type, ObjectNode details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, id - 1, at, type, details));
        return id;
    }

    /**
     * Appends {@code held}, then the event, and hands them with {@code checkpoint} to {@code log}
     * while still locked, so the log sees entries in history order. Returns the new event's id.
     */
    synchronized long append(List<PendingEvent> held, Instant at, String type, ObjectNode details,
            Checkpoint checkpoint, ExecutionLog log) {
        List<HistoryEvent> added = new ArrayList<>(held.size() + 1);
        for (PendingEvent event : held) {
            added.add(add(event.timestamp(), event.type(), event.details()));
        }
        if (type != null) {
            added.add(add(at, type, details));
        }
        log.append(added, checkpoint);
        if (checkpoint != null) {
            frames.apply(checkpoint, added.isEmpty() ? null : added.get(added.size() - 1));
        }
        return events.size();
    }

    /** Where the execution's frames stand, folded from the checkpoints appended with its events. */
    public FrameFold frames() {
        return frames;
    }

    /** Continues from the frames a durable store folded from its journal. */
    void restoreFrames(FrameFold restored) {
        this.frames = restored;
    }

    private HistoryEvent add(Instant at, String type, ObjectNode details) {
        long id = events.size() + 1L;
        HistoryEvent event = new HistoryEvent(id, id - 1, at, type, details);
        events.add(event);
        return event;
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
