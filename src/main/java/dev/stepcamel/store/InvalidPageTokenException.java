package dev.stepcamel.store;

/** A page token this store did not hand out (AWS answers {@code InvalidToken}). */
public final class InvalidPageTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPageTokenException(String token) {
        super("Invalid Token: '" + token + "'");
    }
}
