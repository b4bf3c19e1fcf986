package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Where one frame of an execution (the top level, a Map iteration, a Parallel branch) stands
 * after a history event, so that a restarted runtime can resume it there. A durable store keeps
 * the checkpoint with the event it follows; an in-memory run never builds one.
 *
 * @param frame the frame's path: {@code ""} at the top, {@code "/Map[3]"} for an iteration,
 *              {@code "/Par#1"} for a branch, nested as deep as the states are
 * @param state the next state ({@link Kind#AT}; {@code null} when the frame has ended) or the
 *              state the frame is inside
 * @param data the frame's body ({@link Kind#AT}), the state's raw input ({@link Kind#ENTERED}),
 *             or the frame's result ({@link Kind#DONE})
 * @param retries each retrier's count ({@link Kind#CALLING}, {@link Kind#BRANCHES}, {@link Kind#RETRY})
 * @param due when a retry re-enters the state ({@link Kind#RETRY}), or when the call times out
 *            ({@link Kind#CALLING} with TimeoutSeconds)
 * @param assigned the variables the state just left assigned in this frame ({@link Kind#AT} after a
 *                 state that had Assign), {@code null} when none: variables change only when a state
 *                 exits, so the frame's variables are its earlier checkpoints' assignments folded in
 *                 order, over those its parent frame had when it started
 */
public record Checkpoint(String frame, Kind kind, String state, JsonNode data, int[] retries, Instant due,
        String error, String cause, ObjectNode assigned) {

    /** A checkpoint that assigns no variables. */
    public Checkpoint(String frame, Kind kind, String state, JsonNode data, int[] retries, Instant due, String error,
            String cause) {
        this(frame, kind, state, data, retries, due, error, cause, null);
    }

    /** The positions a frame can be in. */
    public enum Kind {
        /** Between states: about to enter {@code state} with {@code data}. */
        AT,
        /** Inside {@code state}, entered with raw input {@code data}; nothing outside has happened. */
        ENTERED,
        /** A Task's call is under way: after a restart its outcome is unknown. */
        CALLING,
        /** Waiting for a retry of {@code state} at {@code due}. */
        RETRY,
        /** A Map or Parallel state's iterations or branches are running; each is its own frame. */
        BRANCHES,
        /** An iteration or branch ended with {@code data}. */
        DONE,
        /** An iteration or branch failed with {@code error} and {@code cause}. */
        FAILED,
        /** The execution ended: {@code state} is its status, {@code data} its output. */
        END,
        /** The ended execution was redriven at {@code due}: its frames resume where they stood at its end. */
        REDRIVEN
    }

    public static Checkpoint at(String frame, String next, JsonNode body) {
        return new Checkpoint(frame, Kind.AT, next, body, null, null, null, null);
    }

    /** Between states after a state that assigned {@code assigned} ({@code null}: none). */
    public static Checkpoint at(String frame, String next, JsonNode body, ObjectNode assigned) {
        return new Checkpoint(frame, Kind.AT, next, body, null, null, null, null, assigned);
    }

    public static Checkpoint entered(String frame, String state, JsonNode input) {
        return new Checkpoint(frame, Kind.ENTERED, state, input, null, null, null, null);
    }

    public static Checkpoint inside(String frame, Kind kind, String state, int[] retries, Instant due) {
        return new Checkpoint(frame, kind, state, null, retries, due, null, null);
    }

    public static Checkpoint done(String frame, JsonNode result) {
        return new Checkpoint(frame, Kind.DONE, null, result, null, null, null, null);
    }

    public static Checkpoint redriven(Instant at) {
        return new Checkpoint("", Kind.REDRIVEN, null, null, null, at, null, null);
    }

    public static Checkpoint failed(String frame, String error, String cause) {
        return new Checkpoint(frame, Kind.FAILED, null, null, null, null, error, cause);
    }
}
