package dev.stepcamel.integrations;

import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskBinding.ResultShape;
import dev.stepcamel.compile.TaskResolver;
import java.util.Map;

/**
 * Nested executions: {@code arn:aws:states:::states:startExecution}, with {@code .sync} (the
 * child's outcome, Input and Output as JSON text) and {@code .sync:2} (Input and Output as JSON).
 * Also the Step Functions API itself through {@code arn:aws:states:::aws-sdk:sfn:<action>}. Each
 * binds to a {@code direct:} endpoint that the API serves ({@code .waitForTaskToken} is the plain
 * request plus the runtime's token wait).
 */
public final class StatesTaskResolver implements TaskResolver {
    static final String PREFIX = "arn:aws:states:::states:";
    /** The endpoint each resource reaches; the API's routes consume them. */
    public static final Map<String, String> ENDPOINTS = Map.of(
            "startExecution", "direct:stepcamel-states-startExecution",
            "startExecution.sync", "direct:stepcamel-states-startExecution-sync",
            "startExecution.sync:2", "direct:stepcamel-states-startExecution-sync2");

    static final String SDK_PREFIX = "arn:aws:states:::aws-sdk:sfn:";
    /** The Step Functions API actions a Task may call through {@code arn:aws:states:::aws-sdk:sfn:<action>}. */
    public static final java.util.Set<String> SDK_ACTIONS = java.util.Set.of("startExecution", "startSyncExecution",
            "describeExecution", "stopExecution", "listExecutions", "getExecutionHistory", "describeStateMachine",
            "listStateMachines", "createActivity", "describeActivity", "listActivities", "deleteActivity",
            "getActivityTask", "sendTaskSuccess", "sendTaskFailure", "sendTaskHeartbeat");

    /** The endpoint of an {@code aws-sdk:sfn} action. */
    public static String sdkEndpoint(String action) {
        return "direct:stepcamel-aws-sdk-sfn-" + action;
    }

    @Override
    public TaskBinding bind(String resource) {
        if (resource.startsWith(SDK_PREFIX)) {
            String action = resource.substring(SDK_PREFIX.length());
            return SDK_ACTIONS.contains(action) ? new TaskBinding(sdkEndpoint(action), ResultShape.RAW, "aws-sdk:sfn",
                    action) : null;
        }
        if (!resource.startsWith(PREFIX)) {
            return null;
        }
        String action = resource.substring(PREFIX.length());
        String endpoint = ENDPOINTS.get(action);
        return endpoint == null ? null : new TaskBinding(endpoint, ResultShape.RAW, "states", action);
    }

    @Override
    public String functionEndpoint(String functionNameOrArn) {
        return null;
    }
}
