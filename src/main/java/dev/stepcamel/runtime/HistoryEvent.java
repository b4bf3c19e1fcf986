package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One entry of an execution's history. {@code type} is AWS's event type
 * ({@code PassStateEntered}, {@code TaskFailed}, ...); {@code details} holds the fields of AWS's
 * matching {@code ...EventDetails} object, or is {@code null} for events without details.
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, ObjectNode details) {
}
