package dev.stepcamel.runtime;

import dev.stepcamel.compile.Checkpoint.Kind;
import dev.stepcamel.compile.ResumePoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a redrive resumes each frame of an ended execution, as AWS redrives: a state that was
 * running (failed, interrupted or waiting to retry) runs again from its entry with the input it
 * had and fresh retry counters; a Map or Parallel keeps its finished iterations and branches and
 * runs the failed, aborted and never-started ones again; states that had finished do not run again.
 */
final class RedrivePoints {
    private RedrivePoints() {
    }

    /** The redrive's resume points, or an empty map when the top level has no state to run again. */
    static Map<String, ResumePoint> from(Map<String, ResumePoint> ended) {
        ResumePoint top = ended.get("");
        if (top == null || top.state() == null) {
            return Map.of();
        }
        Map<String, ResumePoint> points = new HashMap<>();
        List<String> rerun = new ArrayList<>();
        ended.forEach((frame, point) -> {
            switch (point.kind()) {
                case AT, DONE -> points.put(frame, point);
                case ENTERED, CALLING, RETRY -> {
                    points.put(frame, new ResumePoint(Kind.AT, point.state(), point.data(), null, 0, null, null,
                            null, null, point.variables()));
                    rerun.add(frame);
                }
                case BRANCHES -> points.put(frame, new ResumePoint(Kind.BRANCHES, point.state(), point.data(),
                        point.enteredTime(), point.enteredEventId(), null, null, null, null, point.variables()));
                default -> { } // a failed iteration or branch starts over: it has no point
            }
        });
        // A state that runs again from its entry starts its iterations and branches afresh.
        for (String frame : rerun) {
            points.keySet().removeIf(key -> key.startsWith(frame + "/"));
        }
        return Map.copyOf(points);
    }
}
