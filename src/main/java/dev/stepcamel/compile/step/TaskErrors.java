package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.Json;

/**
 * Turns whatever a state's work threw into an ASL error. A handler route's exception becomes
 * what a Lambda function's does: its class name as the error and Lambda's JSON cause.
 */
public final class TaskErrors {
    private TaskErrors() {
    }

    public static AslException toAsl(Throwable thrown) {
        Throwable t = thrown;
        while (t != null && !(t instanceof AslException) && t.getCause() != null
                && t.getClass().getName().startsWith("org.apache.camel.")) {
            t = t.getCause();
        }
        if (t instanceof AslException asl) {
            return asl;
        }
        if (t == null) {
            return new AslException(ErrorNames.RUNTIME, "unknown failure");
        }
        String type = t.getClass().getSimpleName();
        var cause = Json.MAPPER.createObjectNode().put("errorMessage", String.valueOf(t.getMessage()))
                .put("errorType", type);
        cause.putArray("stackTrace");
        return new AslException(type, Json.write(cause));
    }
}
