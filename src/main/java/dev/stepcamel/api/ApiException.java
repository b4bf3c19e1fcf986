package dev.stepcamel.api;

/**
 * A request AWS would refuse: {@code type} is AWS's error name ({@code StateMachineDoesNotExist},
 * {@code InvalidDefinition}, ...) and the message is AWS's text. Client errors answer HTTP 400.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int httpStatus;

    public ApiException(String type, String message) {
        this(type, message, 400);
    }

    public ApiException(String type, String message, int httpStatus) {
        super(message, null, false, false);
        this.type = type;
        this.httpStatus = httpStatus;
    }

    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** AWS's wording for a parameter that breaks a constraint. */
    public static ApiException validation(String value, String member, String constraint) {
        return new ApiException("ValidationException", "1 validation error detected: Value " + value
                + " at '" + member + "' failed to satisfy constraint: Member must " + constraint);
    }
}
