package dev.stepcamel.compile;

/** A definition that passed validation but cannot be compiled; the message names the state. */
public final class CompileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CompileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The compile failure somewhere in {@code thrown}'s causes, or {@code null}. */
    public static CompileException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CompileException found) {
                return found;
            }
        }
        return null;
    }
}
