package dev.stepcamel.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.step.MapRuns;
import dev.stepcamel.runtime.HistoryEvent;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

class HistoryShapesTest {
    /** AWS's own model of HistoryEvent, as the SDK ships it. */
    private static final Set<String> SDK_DETAILS_MEMBERS = software.amazon.awssdk.services.sfn.model.HistoryEvent
            .builder().build().sdkFields().stream().map(SdkField::locationName)
            .filter(n -> n.endsWith("EventDetails")).collect(Collectors.toSet());

    @Test
    void theDetailsTableMatchesAwsHistoryEventMembers() {
        assertThat(HistoryShapes.DETAILS_KEYS).containsExactlyInAnyOrderElementsOf(SDK_DETAILS_MEMBERS);
    }

    @Test
    void everyDetailsMemberIsReachedBySomeEventType() {
        Set<String> reached = HistoryEventType.knownValues().stream()
                .map(t -> HistoryShapes.detailsKey(t.toString())).filter(k -> k != null).collect(Collectors.toSet());

        assertThat(reached).containsExactlyInAnyOrderElementsOf(SDK_DETAILS_MEMBERS);
    }

    @ParameterizedTest
    @CsvSource({"ExecutionStarted,executionStartedEventDetails", "ChoiceStateEntered,stateEnteredEventDetails",
            "FailStateEntered,stateEnteredEventDetails", "MapStateExited,stateExitedEventDetails",
            "TaskScheduled,taskScheduledEventDetails", "MapStateStarted,mapStateStartedEventDetails",
            "MapIterationStarted,mapIterationStartedEventDetails",
            "LambdaFunctionScheduled,lambdaFunctionScheduledEventDetails",
            "ExecutionFailed,executionFailedEventDetails", "EvaluationFailed,evaluationFailedEventDetails"})
    void eventTypesMapToAwsDetailsMembers(String type, String key) {
        assertThat(HistoryShapes.detailsKey(type)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"LambdaFunctionStarted", "TaskStateAborted", "ParallelStateSucceeded", "MapRunSucceeded"})
    void eventTypesWithoutDetailsHaveNoKey(String type) {
        assertThat(HistoryShapes.detailsKey(type)).isNull();
    }

    @Test
    void executionDataIsLeftOutOnRequest() {
        ObjectNode details = Shapes.object().put("name", "A").put("input", "{}");
        details.putObject("inputDetails").put("included", true);
        HistoryEvent event = new HistoryEvent(2, 1, Instant.ofEpochMilli(1_500), "PassStateEntered", details);

        ObjectNode with = HistoryShapes.event(event, true);
        ObjectNode without = HistoryShapes.event(event, false);

        assertThat(with.toString()).isEqualTo("{\"timestamp\":1.500,\"type\":\"PassStateEntered\",\"id\":2,"
                + "\"previousEventId\":1,\"stateEnteredEventDetails\":{\"name\":\"A\",\"input\":\"{}\","
                + "\"inputDetails\":{\"included\":true}}}");
        assertThat(without.get("stateEnteredEventDetails").toString()).isEqualTo("{\"name\":\"A\"}");
        assertThat(details.has("input")).isTrue();
    }

    @Test
    void theMarksOfADistributedMapsItemsAreNeverShown() {
        ObjectNode details = Shapes.object().put("name", "P").put(MapRuns.RUN_KEY, "arn:run").put(MapRuns.INDEX_KEY, 3);
        HistoryEvent event = new HistoryEvent(5, 4, Instant.ofEpochMilli(1_500), "PassStateEntered", details);

        assertThat(HistoryShapes.event(event, true).get("stateEnteredEventDetails").toString())
                .isEqualTo("{\"name\":\"P\"}");
        assertThat(details.has(MapRuns.RUN_KEY)).isTrue();
    }
}
