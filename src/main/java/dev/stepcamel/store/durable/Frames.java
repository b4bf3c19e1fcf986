package dev.stepcamel.store.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.Checkpoint.Kind;
import dev.stepcamel.compile.ResumePoint;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds a running execution's checkpoints, in journal order, into where each of its frames
 * resumes. A frame that moves to a new state leaves its old iterations and branches behind, and
 * their variables with them; a frame's own assignments are folded into its resume point.
 */
final class Frames {
    private final Map<String, ResumePoint> points = new HashMap<>();

    /** @param event the last event of the checkpoint's entry (a StateEntered gives entry time and id) */
    void apply(Checkpoint cp, HistoryEvent event) {
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
                    throw new IllegalStateException("checkpoint " + cp.kind() + " of frame '" + frame
                            + "' without an entered state");
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
            case END -> points.clear();
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
        if (points.size() > 1 || !points.containsKey(frame)) {
            String prefix = frame + "/";
            points.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    Map<String, ResumePoint> points() {
        return Map.copyOf(points);
    }
}
