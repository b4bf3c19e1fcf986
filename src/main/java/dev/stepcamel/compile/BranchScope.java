package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where an exchange runs: the top level, a Parallel branch or a Map iteration. Siblings share
 * {@code cancelled}, so that when one fails the others stop at their next transition.
 */
public record BranchScope(BranchScope parent, AtomicBoolean cancelled, int mapIndex, JsonNode mapValue) {

    public static final BranchScope TOP = new BranchScope(null, new AtomicBoolean(), -1, null);

    public boolean isCancelled() {
        for (BranchScope s = this; s != null; s = s.parent) {
            if (s.cancelled.get()) {
                return true;
            }
        }
        return false;
    }
}
