package dev.stepcamel.data.jsonata;

/** The engine refused to evaluate an expression; the message is its code and text, e.g. {@code T1006: ...}. */
public final class JsonataEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JsonataEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
