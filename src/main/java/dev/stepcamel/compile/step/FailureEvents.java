package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.TaskBinding;
import org.apache.camel.Exchange;

/** Records the event that says a state's work failed (TaskFailed, MapStateFailed, ...), once. */
@FunctionalInterface
public interface FailureEvents {
    FailureEvents NONE = (exchange, error) -> { };

    void record(Exchange exchange, AslException error);

    /** Whether the event is recorded for attempts that a Retry repeats, too. */
    default boolean everyAttempt() {
        return true;
    }

    /** Forgets what {@link #record} would have consumed, for an attempt that is retried without an event. */
    default void discard(Exchange exchange) {
    }

    static FailureEvents task(TaskBinding binding) {
        return (exchange, error) -> {
            if (exchange.getProperty(TaskRequestStep.STARTED) == null) {
                return;
            }
            exchange.removeProperty(TaskRequestStep.STARTED);
            if (binding.isLegacyLambda()) {
                Steps.hold(exchange, "LambdaFunctionFailed", d -> put(d, error));
            } else {
                Steps.hold(exchange, "TaskFailed", d -> put(d.put("resourceType", binding.resourceType())
                        .put("resource", binding.resource()), error));
            }
        };
    }

    /**
     * ParallelStateFailed or MapStateFailed, when the branches or iterations had started or the
     * state's own JSONata failed (AWS records both then), and only when no Retry repeats the state.
     */
    static FailureEvents branches(String eventType) {
        return new FailureEvents() {
            @Override
            public void record(Exchange exchange, AslException error) {
                if (exchange.getProperty(BranchResults.RESULTS) != null
                        || dev.stepcamel.asl.errors.ErrorNames.QUERY_EVALUATION_ERROR.equals(error.error())) {
                    exchange.removeProperty(BranchResults.RESULTS);
                    MapRuns.failed(exchange, error);
                    Steps.hold(exchange, eventType, null);
                }
                MapRuns.discard(exchange);
            }

            @Override
            public boolean everyAttempt() {
                return false;
            }

            @Override
            public void discard(Exchange exchange) {
                exchange.removeProperty(BranchResults.RESULTS);
                MapRuns.discard(exchange);
            }
        };
    }

    private static void put(com.fasterxml.jackson.databind.node.ObjectNode details, AslException error) {
        details.put("error", error.error());
        if (error.cause() != null) {
            details.put("cause", error.cause());
        }
    }
}
