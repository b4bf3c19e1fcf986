package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where an exchange runs: the top level, a Parallel branch or a Map iteration. Siblings share
 * {@code cancelled}, so that when one fails the others stop at their next transition.
 * {@code frame} names the place for checkpoints ({@link Checkpoint#frame()}).
 */
public record BranchScope(BranchScope parent, AtomicBoolean cancelled, int mapIndex, JsonNode mapValue,
        String frame) {

    public static final BranchScope TOP = new BranchScope(null, new AtomicBoolean(), -1, null, "");

    public boolean isCancelled() {
        for (BranchScope s = this; s != null; s = s.parent) {
            if (s.cancelled.get()) {
                return true;
            }
        }
        return false;
    }

    /** The frame of iteration {@code index} of Map state {@code state} inside {@code parent}. */
    public static String iterationFrame(String parent, String state, int index) {
        return parent + "/" + state + "[" + index + "]";
    }

    /** The frame of branch {@code index} of Parallel state {@code state} inside {@code parent}. */
    public static String branchFrame(String parent, String state, int index) {
        return parent + "/" + state + "#" + index;
    }
}
