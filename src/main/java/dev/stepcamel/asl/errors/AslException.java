package dev.stepcamel.asl.errors;

/**
 * An ASL error: a name that Retry and Catch match ({@code States.Runtime},
 * {@code Lambda.Unknown}, a handler's own name...) and a cause text. Every failure inside an
 * execution is one of these by the time Retry and Catch see it.
 */
public class AslException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String cause;

    public AslException(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    /** The ASL error name ({@code Error}). */
    public String error() {
        return error;
    }

    /** The ASL cause text ({@code Cause}); may be {@code null}. */
    public String cause() {
        return cause;
    }

    /** Whether neither Retry nor Catch may handle this error (the execution fails at once). */
    public boolean isTerminal() {
        return ErrorNames.NOT_MATCHED_BY_ALL.contains(error);
    }

    public static AslException runtime(String cause) {
        return new AslException(ErrorNames.RUNTIME, cause);
    }
}
