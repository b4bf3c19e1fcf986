package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.TaskBinding;
import org.apache.camel.Exchange;

/** Records the event that says a state's work failed (TaskFailed, MapStateFailed, ...), once. */
@FunctionalInterface
public interface FailureEvents {
    FailureEvents NONE = (exchange, error) -> { };

    void record(Exchange exchange, AslException error);

    static FailureEvents task(TaskBinding binding) {
        return (exchange, error) -> {
            if (exchange.getProperty(TaskRequestStep.STARTED) == null) {
                return;
            }
            exchange.removeProperty(TaskRequestStep.STARTED);
            String outcome = isTimeout(error) ? "TimedOut" : "Failed";
            if (binding.isLegacyLambda()) {
                Steps.record(exchange, "LambdaFunction" + outcome, d -> put(d, error));
            } else {
                Steps.record(exchange, "Task" + outcome, d -> put(d.put("resourceType", binding.resourceType())
                        .put("resource", binding.resource()), error));
            }
        };
    }

    /** ActivityFailed or ActivityTimedOut, once the activity task was scheduled. */
    static FailureEvents activity() {
        return (exchange, error) -> {
            if (exchange.removeProperty(TaskRequestStep.STARTED) != null) {
                Steps.record(exchange, isTimeout(error) ? "ActivityTimedOut" : "ActivityFailed", d -> put(d, error));
            }
        };
    }

    private static boolean isTimeout(AslException error) {
        return dev.stepcamel.asl.errors.ErrorNames.TIMEOUT.equals(error.error())
                || dev.stepcamel.asl.errors.ErrorNames.HEARTBEAT_TIMEOUT.equals(error.error());
    }

    /** ParallelStateFailed or MapStateFailed, when the branches or iterations had started. */
    static FailureEvents branches(String eventType) {
        return (exchange, error) -> {
            if (exchange.getProperty(BranchResults.RESULTS) != null) {
                exchange.removeProperty(BranchResults.RESULTS);
                Steps.record(exchange, eventType, null);
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
