package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.step.MapRuns;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.List;
import java.util.Set;

/**
 * AWS's history event JSON. Every {@code *StateEntered} and {@code *StateExited} event shares one
 * details key; any other type's key is its name in lower camel case plus {@code EventDetails},
 * for the types AWS's HistoryEvent has a details member for (others, such as
 * {@code LambdaFunctionStarted} or {@code TaskStateAborted}, carry none).
 */
final class HistoryShapes {
    static final Set<String> DETAILS_KEYS = Set.of(
            "activityFailedEventDetails", "activityScheduleFailedEventDetails", "activityScheduledEventDetails",
            "activityStartedEventDetails", "activitySucceededEventDetails", "activityTimedOutEventDetails",
            "taskFailedEventDetails", "taskScheduledEventDetails", "taskStartFailedEventDetails",
            "taskStartedEventDetails", "taskSubmitFailedEventDetails", "taskSubmittedEventDetails",
            "taskSucceededEventDetails", "taskTimedOutEventDetails",
            "executionFailedEventDetails", "executionStartedEventDetails", "executionSucceededEventDetails",
            "executionAbortedEventDetails", "executionTimedOutEventDetails", "executionRedrivenEventDetails",
            "mapStateStartedEventDetails", "mapIterationStartedEventDetails", "mapIterationSucceededEventDetails",
            "mapIterationFailedEventDetails", "mapIterationAbortedEventDetails",
            "lambdaFunctionFailedEventDetails", "lambdaFunctionScheduleFailedEventDetails",
            "lambdaFunctionScheduledEventDetails", "lambdaFunctionStartFailedEventDetails",
            "lambdaFunctionSucceededEventDetails", "lambdaFunctionTimedOutEventDetails",
            "stateEnteredEventDetails", "stateExitedEventDetails",
            "mapRunStartedEventDetails", "mapRunFailedEventDetails", "mapRunRedrivenEventDetails",
            "evaluationFailedEventDetails");

    /** Payload fields left out when the caller asks for no execution data. */
    private static final List<String> EXECUTION_DATA = List.of("input", "inputDetails", "output", "outputDetails");

    private HistoryShapes() {
    }

    /** The member AWS puts this event type's details under, or {@code null} when it has none. */
    static String detailsKey(String type) {
        if (type.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (type.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
        return DETAILS_KEYS.contains(key) ? key : null;
    }

    static ObjectNode event(HistoryEvent event, boolean includeExecutionData) {
        ObjectNode node = Shapes.object().put("timestamp", Dates.epochSeconds(event.timestamp()))
                .put("type", event.type()).put("id", event.id()).put("previousEventId", event.previousEventId());
        String key = detailsKey(event.type());
        if (key != null && event.details() != null) {
            ObjectNode details = event.details().deepCopy();
            if (!includeExecutionData) {
                details.remove(EXECUTION_DATA);
            }
            details.properties().removeIf(field -> field.getKey().startsWith(MapRuns.INTERNAL_PREFIX));
            node.set(key, details);
        }
        return node;
    }
}
