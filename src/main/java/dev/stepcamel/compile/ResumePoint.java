package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * Where a frame resumes after a restart: the last {@link Checkpoint} of the frame, folded with
 * the ones before it in the same state (entry time and input come from the entry).
 *
 * @param kind {@link Checkpoint.Kind#AT}, {@code DONE}, {@code FAILED}, or the phase inside {@code state}
 * @param data the body ({@code AT}), the state's raw input (inside a state) or the result ({@code DONE})
 * @param variables what the frame itself assigned (the {@link Checkpoint#assigned()} values of its
 *                  checkpoints, folded in order), over the variables its parent frame has; never {@code null}
 */
public record ResumePoint(Checkpoint.Kind kind, String state, JsonNode data, Instant enteredTime,
        long enteredEventId, int[] retries, Instant due, String error, String cause, Map<String, JsonNode> variables) {

    public ResumePoint {
        variables = variables == null ? Map.of() : variables;
    }

    /** A resume point of a frame that assigned no variables of its own. */
    public ResumePoint(Checkpoint.Kind kind, String state, JsonNode data, Instant enteredTime, long enteredEventId,
            int[] retries, Instant due, String error, String cause) {
        this(kind, state, data, enteredTime, enteredEventId, retries, due, error, cause, Map.of());
    }

    public boolean isInsideState() {
        return kind != Checkpoint.Kind.AT && kind != Checkpoint.Kind.DONE && kind != Checkpoint.Kind.FAILED
                && kind != Checkpoint.Kind.END && kind != Checkpoint.Kind.REDRIVEN;
    }
}
