package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A history event held back until the next checkpoint of its frame, so that after a crash the
 * two are either both durable or both gone (TaskSucceeded lands with the StateExited after it).
 */
public record PendingEvent(String type, ObjectNode details, Instant timestamp) {
}
