package dev.stepcamel.compile;

/**
 * How a token was closed: with SendTaskSuccess's output, or with an error (SendTaskFailure, a
 * timeout, a failed submission). Kept with the closed token, so that an answer the API
 * acknowledged reaches its Task even when the runtime restarts before the Task went on.
 */
public record TokenAnswer(String output, String error, String cause) {

    public static TokenAnswer success(String output) {
        return new TokenAnswer(output, null, null);
    }

    public static TokenAnswer failure(String error, String cause) {
        return new TokenAnswer(null, error == null ? "" : error, cause);
    }

    public boolean succeeded() {
        return error == null;
    }
}
