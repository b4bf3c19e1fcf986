package dev.stepcamel.app;

import static dev.stepcamel.app.RedriveExecutionTest.GATE;
import static dev.stepcamel.app.RedriveExecutionTest.awaitEnd;
import static dev.stepcamel.app.RedriveExecutionTest.create;
import static dev.stepcamel.app.RedriveExecutionTest.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import dev.stepcamel.data.Json;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * A Distributed Map through the AWS SDK against the whole runtime on the durable store: the
 * parent's history shows the map run (MapRunStarted, MapRunSucceeded/MapRunFailed), not its
 * items' events, numbered contiguously, also after a redrive and a restart.
 */
class DistributedMapRunTest {
    /** Items whose {@code gated} ones call the gate Lambda, which fails them until the first redrive. */
    static final String MAP = """
            {"StartAt": "M", "States": {
              "M": {"Type": "Map", "Label": "lbl", "ToleratedFailureCount": 1, "Next": "After",
                "ItemSelector": {"gated.$": "$$.Map.Item.Value"},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                  "StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$.gated", "BooleanEquals": true, "Next": "Gate"}],
                          "Default": "Ok"},
                    "Gate": {"Type": "Task", "Resource": "%s", "End": true,
                             "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}},
                    "Ok": {"Type": "Pass", "End": true}}}},
              "After": {"Type": "Pass", "End": true}}}
            """.formatted(GATE);

    @Test
    void theParentsHistoryShowsTheMapRunNotItsItems() throws Exception {
        Path dir = Files.createTempDirectory("stepcamel-map-run");
        String tolerated;
        String failed;
        String mapRunArn;
        try (RedriveRuntime runtime = new RedriveRuntime(dir)) {
            SfnClient sfn = runtime.sfn;
            String machine = create(sfn, "mapRun", MAP, StateMachineType.STANDARD);
            tolerated = sfn.startExecution(r -> r.stateMachineArn(machine).input("[false,true,false]")).executionArn();
            failed = sfn.startExecution(r -> r.stateMachineArn(machine).input("[true,true]")).executionArn();
            assertThat(awaitEnd(sfn, tolerated).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(awaitEnd(sfn, failed).status()).isEqualTo(ExecutionStatus.FAILED);

            List<HistoryEvent> events = history(sfn, tolerated);
            assertThat(events).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
                    "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded",
                    "MapStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
            assertContiguous(events);
            String machineName = machine.substring(machine.lastIndexOf(':') + 1);
            assertThat(events.get(3).mapRunStartedEventDetails().mapRunArn())
                    .matches("arn:aws:states:[a-z0-9-]+:[0-9]+:mapRun:" + machineName + "/lbl:[0-9a-f-]{36}");
            assertThat(sfn.getExecutionHistory(r -> r.executionArn(tolerated).reverseOrder(true).maxResults(1))
                    .events().get(0).id()).isEqualTo(10L);

            assertThat(sfn.listMapRuns(r -> r.executionArn(tolerated)).mapRuns()).singleElement()
                    .satisfies(run -> {
                        assertThat(run.mapRunArn()).isEqualTo(events.get(3).mapRunStartedEventDetails().mapRunArn());
                        assertThat(run.executionArn()).isEqualTo(tolerated);
                        assertThat(run.stateMachineArn()).isEqualTo(machine);
                        assertThat(run.stopDate()).isNotNull();
                    });
            DescribeMapRunResponse described = sfn.describeMapRun(r -> r.mapRunArn(
                    events.get(3).mapRunStartedEventDetails().mapRunArn()));
            assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
            assertThat(described.executionArn()).isEqualTo(tolerated);
            assertThat(described.toleratedFailureCount()).isEqualTo(1L);
            assertThat(described.maxConcurrency()).isZero();
            assertThat(described.itemCounts().succeeded()).isEqualTo(2L);
            assertThat(described.itemCounts().failed()).isEqualTo(1L);
            assertThat(described.itemCounts().total()).isEqualTo(3L);
            assertThat(described.executionCounts().total()).isEqualTo(3L);
            assertThatThrownBy(() -> sfn.describeMapRun(r -> r.mapRunArn(described.mapRunArn().replace("lbl:", "other:"))))
                    .isInstanceOf(ResourceNotFoundException.class);

            List<ExecutionListItem> children = sfn.listExecutions(r -> r.mapRunArn(described.mapRunArn())).executions();
            assertThat(children).extracting(ExecutionListItem::status).containsExactly(ExecutionStatus.SUCCEEDED,
                    ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
            assertThat(children).allSatisfy(child -> {
                assertThat(child.mapRunArn()).isEqualTo(described.mapRunArn());
                assertThat(child.stateMachineArn()).isEqualTo(machine);
                assertThat(child.executionArn()).matches("arn:aws:states:[a-z0-9-]+:[0-9]+:execution:" + machineName
                        + "/lbl:[0-9a-f-]{36}").endsWith(child.name());
            });
            assertThat(sfn.listExecutions(r -> r.mapRunArn(described.mapRunArn()).statusFilter(ExecutionStatus.FAILED))
                    .executions()).extracting(ExecutionListItem::executionArn)
                    .containsExactly(children.get(1).executionArn());
            DescribeExecutionResponse ok = sfn.describeExecution(r -> r.executionArn(children.get(0).executionArn()));
            assertThat(ok.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(Json.parse(ok.input())).isEqualTo(Json.parse("{\"gated\":false}"));
            assertThat(Json.parse(ok.output())).isEqualTo(Json.parse("{\"gated\":false}"));
            assertThat(history(sfn, ok.executionArn())).extracting(HistoryEvent::typeAsString).containsExactly(
                    "ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "PassStateEntered",
                    "PassStateExited", "ExecutionSucceeded");
            DescribeExecutionResponse bad = sfn.describeExecution(r -> r.executionArn(children.get(1).executionArn()));
            assertThat(bad.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(bad.cause()).contains("attempt 0 of 1");
            List<HistoryEvent> badHistory = history(sfn, bad.executionArn());
            assertContiguous(badHistory);
            assertThat(badHistory.get(0).executionStartedEventDetails().input()).isEqualTo("{\"gated\":true}");
            assertThat(badHistory.get(badHistory.size() - 1).executionFailedEventDetails().error())
                    .isEqualTo(bad.error()).isNotBlank();
            assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn(children.get(0).executionArn()
                    .replaceAll("[0-9a-f-]{36}$", "00000000-0000-0000-0000-000000000000"))))
                    .isInstanceOf(ExecutionDoesNotExistException.class);

            List<HistoryEvent> failure = history(sfn, failed);
            assertThat(failure).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
                    "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed",
                    "ExecutionFailed");
            assertContiguous(failure);
            assertThat(failure.get(4).mapRunFailedEventDetails().error())
                    .isEqualTo("States.ExceedToleratedFailureThreshold");
            assertThat(failure.get(4).mapRunFailedEventDetails().cause()).isNotBlank();
            mapRunArn = failure.get(3).mapRunStartedEventDetails().mapRunArn();
            DescribeMapRunResponse failedRun = sfn.describeMapRun(r -> r.mapRunArn(mapRunArn));
            assertThat(failedRun.status()).isEqualTo(MapRunStatus.FAILED);
            assertThat(failedRun.itemCounts().failed()).isEqualTo(2L);
            assertThat(failedRun.stopDate()).isNotNull();

            sfn.redriveExecution(r -> r.executionArn(failed));
            assertThat(awaitEnd(sfn, failed).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            List<HistoryEvent> redriven = history(sfn, failed);
            // The redrive resumes the same map run (AWS also records MapRunRedriven, not recorded here yet).
            assertThat(redriven).extracting(HistoryEvent::typeAsString).startsWith(failure.stream()
                    .map(HistoryEvent::typeAsString).toArray(String[]::new))
                    .endsWith("ExecutionRedriven", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
                            "PassStateEntered", "PassStateExited", "ExecutionSucceeded")
                    .filteredOn(type -> type.equals("MapRunStarted")).hasSize(1);
            assertContiguous(redriven);
            DescribeMapRunResponse afterRedrive = sfn.describeMapRun(r -> r.mapRunArn(mapRunArn));
            assertThat(afterRedrive.status()).isEqualTo(MapRunStatus.SUCCEEDED);
            assertThat(afterRedrive.itemCounts().succeeded()).isEqualTo(2L);
            assertThat(afterRedrive.itemCounts().failed()).isZero();
        }
        try (RedriveRuntime reopened = new RedriveRuntime(dir)) {
            List<HistoryEvent> read = history(reopened.sfn, failed);
            assertThat(read).extracting(HistoryEvent::typeAsString).hasSize(14).doesNotContain("MapIterationStarted");
            assertContiguous(read);
            assertThat(read.get(3).mapRunStartedEventDetails().mapRunArn()).isEqualTo(mapRunArn);
            assertThat(history(reopened.sfn, tolerated)).hasSize(10);
            assertThat(reopened.sfn.describeMapRun(r -> r.mapRunArn(mapRunArn)).status())
                    .isEqualTo(MapRunStatus.SUCCEEDED);
            assertThat(reopened.sfn.listExecutions(r -> r.mapRunArn(mapRunArn)).executions())
                    .extracting(ExecutionListItem::status).containsExactly(ExecutionStatus.SUCCEEDED,
                            ExecutionStatus.SUCCEEDED);
        }
    }

    private static void assertContiguous(List<HistoryEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).id()).isEqualTo(i + 1L);
            assertThat(events.get(i).previousEventId()).isBetween(0L, (long) i);
        }
    }
}
