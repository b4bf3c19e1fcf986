package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.TaskBinding;

/**
 * The failure events of Tasks that wait for an answer: a {@code .waitForTaskToken} Task ends in
 * TaskFailed or, when TimeoutSeconds or HeartbeatSeconds passed, TaskTimedOut; an activity Task in
 * ActivityFailed or ActivityTimedOut. Each is recorded once, and only once the task had started.
 */
public final class WaitingTaskEvents {
    private WaitingTaskEvents() {
    }

    public static FailureEvents callback(TaskBinding binding) {
        return (exchange, error) -> {
            if (exchange.removeProperty(TaskRequestStep.STARTED) != null) {
                Steps.record(exchange, isTimeout(error) ? "TaskTimedOut" : "TaskFailed", d -> put(d
                        .put("resourceType", binding.resourceType()).put("resource", binding.resource()), error));
            }
        };
    }

    public static FailureEvents activity() {
        return (exchange, error) -> {
            if (exchange.removeProperty(TaskRequestStep.STARTED) != null) {
                Steps.record(exchange, isTimeout(error) ? "ActivityTimedOut" : "ActivityFailed", d -> put(d, error));
            }
        };
    }

    private static boolean isTimeout(AslException error) {
        return ErrorNames.TIMEOUT.equals(error.error()) || ErrorNames.HEARTBEAT_TIMEOUT.equals(error.error());
    }

    private static void put(ObjectNode details, AslException error) {
        if (!error.error().isEmpty()) { // SendTaskFailure may name no error
            details.put("error", error.error());
        }
        if (error.cause() != null) {
            details.put("cause", error.cause());
        }
    }
}
