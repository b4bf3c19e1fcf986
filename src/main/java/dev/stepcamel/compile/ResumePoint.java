package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Where a frame resumes after a restart: the last {@link Checkpoint} of the frame, folded with
 * the ones before it in the same state (entry time and input come from the entry).
 *
 * @param kind {@link Checkpoint.Kind#AT}, {@code DONE}, {@code FAILED}, or the phase inside {@code state}
 * @param data the body ({@code AT}), the state's raw input (inside a state) or the result ({@code DONE})
 */
public record ResumePoint(Checkpoint.Kind kind, String state, JsonNode data, Instant enteredTime,
        long enteredEventId, int[] retries, Instant due, String error, String cause) {

    public boolean isInsideState() {
        return kind != Checkpoint.Kind.AT && kind != Checkpoint.Kind.DONE && kind != Checkpoint.Kind.FAILED
                && kind != Checkpoint.Kind.END && kind != Checkpoint.Kind.REDRIVEN;
    }
}
