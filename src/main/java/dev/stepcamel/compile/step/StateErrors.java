package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.StateVisit;
import org.apache.camel.Exchange;

/** Builds the errors a state raises, with AWS's cause texts. */
public final class StateErrors {
    private StateErrors() {
    }

    /** {@code States.Runtime} with AWS's "An error occurred while executing the state ..." prefix. */
    public static AslException runtime(Exchange exchange, String detail) {
        return new AslException(ErrorNames.RUNTIME, inState(exchange, detail));
    }

    public static AslException of(Exchange exchange, String error, String detail) {
        return evaluationFailed(exchange, new AslException(error, inState(exchange, detail)));
    }

    /**
     * Adds the state prefix to a {@code States.Runtime} or {@code States.IntrinsicFailure} error raised by the data layer (paths,
     * templates, choice rules), which does not know which state it ran in.
     */
    public static AslException located(Exchange exchange, AslException error) {
        boolean dataError = ErrorNames.RUNTIME.equals(error.error())
                || ErrorNames.INTRINSIC_FAILURE.equals(error.error())
                || ErrorNames.QUERY_EVALUATION_ERROR.equals(error.error());
        if (!dataError || error.cause() == null
                || error.cause().startsWith("An error occurred while executing the state")) {
            return error;
        }
        return evaluationFailed(exchange, new AslException(error.error(), inState(exchange, error.cause())));
    }

    /** A JSONata evaluation failure is recorded as an {@code EvaluationFailed} event when it is raised. */
    private static AslException evaluationFailed(Exchange exchange, AslException error) {
        if (ErrorNames.QUERY_EVALUATION_ERROR.equals(error.error())) {
            StateVisit visit = Steps.visit(exchange);
            Steps.record(exchange, "EvaluationFailed", d -> {
                d.put("error", error.error()).put("cause", error.cause());
                if (visit != null) {
                    d.put("state", visit.stateName());
                }
            });
        }
        return error;
    }

    static String inState(Exchange exchange, String detail) {
        StateVisit visit = Steps.visit(exchange);
        if (visit == null) {
            return detail;
        }
        return "An error occurred while executing the state '" + visit.stateName() + "' (entered at the event id #"
                + visit.enteredEventId() + "). " + detail;
    }
}
