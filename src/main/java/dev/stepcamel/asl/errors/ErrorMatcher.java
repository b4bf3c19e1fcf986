package dev.stepcamel.asl.errors;

import java.util.List;

/** ASL's rule for whether an {@code ErrorEquals} list matches an error; one rule for Retry and Catch. */
public final class ErrorMatcher {
    private ErrorMatcher() {
    }

    public static boolean matches(List<String> errorEquals, String error) {
        for (String candidate : errorEquals) {
            if (matches(candidate, error)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #matches(List, String)}; a {@link HeartbeatTimeout} also matches {@code States.HeartbeatTimeout}. */
    public static boolean matches(List<String> errorEquals, AslException error) {
        return matches(errorEquals, error.error())
                || error instanceof HeartbeatTimeout && errorEquals.contains(ErrorNames.HEARTBEAT_TIMEOUT);
    }

    static boolean matches(String candidate, String error) {
        if (candidate.equals(error)) {
            return true;
        }
        if (ErrorNames.ALL.equals(candidate)) {
            return !ErrorNames.NOT_MATCHED_BY_ALL.contains(error);
        }
        if (ErrorNames.TASK_FAILED.equals(candidate)) {
            return !ErrorNames.NOT_MATCHED_BY_TASK_FAILED.contains(error);
        }
        return false;
    }
}
