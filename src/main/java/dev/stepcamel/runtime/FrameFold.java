package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.Checkpoint.Kind;
import dev.stepcamel.compile.ResumePoint;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds an execution's checkpoints, in history order, into where each of its frames stands. A
 * frame that moves to a new state leaves its old iterations and branches behind, and their
 * variables with them; a frame's own assignments are folded into its resume point. When the
 * execution ends, the frames as they stood are kept: a redrive resumes from them.
 */
public final class FrameFold {
    // Sorted, so that a frame's iterations and branches ("frame/...") are one range: '0' follows '/'.
    private final TreeMap<String, ResumePoint> points = new TreeMap<>();
    private Map<String, ResumePoint> ended = Map.of();

    /** @param event the last event of the checkpoint's entry (a StateEntered gives entry time and id) */
    public synchronized void apply(Checkpoint cp, HistoryEvent event) {
        String frame = cp.frame();
        ResumePoint before = points.get(frame);
        Map<String, JsonNode> variables = before == null ? Map.of() : before.variables();
        switch (cp.kind()) {
            case AT -> {
                dropInside(frame);
                points.put(frame, new ResumePoint(Kind.AT, cp.state(), cp.data(), null, 0, null, null, null, null,
                        assign(variables, cp.assigned())));
            }
            case ENTERED -> {
                dropInside(frame);
                points.put(frame, new ResumePoint(Kind.ENTERED, cp.state(), cp.data(),
                        event == null ? null : event.timestamp(), event == null ? 0 : event.id(), null, null, null,
                        null, variables));
            }
            case CALLING, BRANCHES, RETRY -> {
                if (before == null || !before.isInsideState()) {
                    return; // a branch still unwinding after its parent moved on: it resumes no more
                }
                if (cp.kind() == Kind.RETRY) {
                    dropInside(frame);
                }
                points.put(frame, new ResumePoint(cp.kind(), before.state(), before.data(), before.enteredTime(),
                        before.enteredEventId(), cp.retries(), cp.due(), null, null, variables));
            }
            case DONE, FAILED -> {
                dropInside(frame);
                points.put(frame, new ResumePoint(cp.kind(), null, cp.data(), null, 0, null, null, cp.error(),
                        cp.cause(), variables));
            }
            case END -> {
                ended = Map.copyOf(points);
                points.clear();
            }
            case REDRIVEN -> {
                points.clear();
                points.putAll(RedrivePoints.from(ended));
                ended = Map.of();
            }
            default -> throw new IllegalStateException("unknown checkpoint " + cp.kind());
        }
    }

    private static Map<String, JsonNode> assign(Map<String, JsonNode> variables, ObjectNode assigned) {
        if (assigned == null || assigned.isEmpty()) {
            return variables;
        }
        Map<String, JsonNode> next = new HashMap<>(variables);
        assigned.properties().forEach(e -> next.put(e.getKey(), e.getValue()));
        return Map.copyOf(next);
    }

    private void dropInside(String frame) {
        points.subMap(frame + "/", frame + "0").clear();
    }

    /** Where each frame stands (resumes, after a restart) while the execution runs. */
    public synchronized Map<String, ResumePoint> points() {
        return Map.copyOf(points);
    }

    /** Where a redrive would resume each frame of the ended execution; empty when nothing can run again. */
    public synchronized Map<String, ResumePoint> redrivePoints() {
        return RedrivePoints.from(ended);
    }
}
