package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.step.MapRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Distributed Map's map run: MapRun events in the parent, iteration events marked as the items'. */
class DistributedMapHistoryTest {
    private static final String MAP = """
            {"StartAt":"M","States":{"M":{"Type":"Map",%s
              "ItemProcessor":{"ProcessorConfig":{"Mode":"%s","ExecutionType":"STANDARD"},
                "StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"Bad"}],
                  "Default":"Ok"},"Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"zero"},
                  "Ok":{"Type":"Pass","End":true}}},"End":true}}}""";

    private final EngineFixture fixture = EngineFixture.SHARED;

    private static List<String> types(List<HistoryEvent> events) {
        return events.stream().map(HistoryEvent::type).toList();
    }

    private static List<HistoryEvent> unmarked(Execution e) {
        return e.history().snapshot().stream()
                .filter(ev -> ev.details() == null || !ev.details().has(MapRuns.RUN_KEY)).toList();
    }

    @Test
    void aSucceededMapRunRecordsItsEventsAroundTheMarkedIterations() throws Exception {
        Execution e = fixture.run(MAP.formatted("\"Label\":\"lbl\",", "DISTRIBUTED"), "[1,2]", MachineType.STANDARD);

        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(types(unmarked(e))).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
        List<HistoryEvent> all = e.history().snapshot();
        String mapRunArn = all.stream().filter(ev -> ev.type().equals("MapRunStarted")).findFirst().orElseThrow()
                .details().get("mapRunArn").asText();
        assertThat(mapRunArn).matches("arn:aws:states:us-east-1:123456789012:mapRun:[^/]+/lbl:[0-9a-f-]{36}");
        List<HistoryEvent> marked = all.stream()
                .filter(ev -> ev.details() != null && ev.details().has(MapRuns.RUN_KEY)).toList();
        assertThat(types(marked)).containsOnly("MapIterationStarted", "ChoiceStateEntered", "ChoiceStateExited",
                "PassStateEntered", "PassStateExited", "MapIterationSucceeded").hasSize(12);
        assertThat(marked).allSatisfy(ev -> assertThat(ev.details().get(MapRuns.RUN_KEY).asText()).isEqualTo(mapRunArn));
        assertThat(marked).extracting(ev -> ev.details().get(MapRuns.INDEX_KEY).asInt()).containsOnly(0, 1);
        // The MapRun events themselves belong to the parent.
        assertThat(all.stream().filter(ev -> ev.type().startsWith("MapRun")).map(HistoryEvent::details)
                .filter(d -> d != null && d.has(MapRuns.RUN_KEY))).isEmpty();
    }

    @Test
    void failuresWithinTheToleratedCountLetTheMapRunSucceed() throws Exception {
        Execution e = fixture.run(MAP.formatted("\"ToleratedFailureCount\":1,", "DISTRIBUTED"), "[1,0,2]",
                MachineType.STANDARD);

        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(types(unmarked(e))).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
        assertThat(types(e.history().snapshot())).contains("MapIterationFailed");
    }

    @Test
    void failuresBeyondTheToleratedCountFailTheMapRunWithTheStatesError() throws Exception {
        Execution e = fixture.run(MAP.formatted("\"ToleratedFailureCount\":1,\"MaxConcurrency\":1,", "DISTRIBUTED"),
                "[0,0,1]", MachineType.STANDARD);

        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        List<HistoryEvent> shown = unmarked(e);
        assertThat(types(shown)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
        ObjectNode failed = shown.get(4).details();
        assertThat(failed.get("error").asText()).isEqualTo(e.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(failed.get("cause").asText()).isEqualTo(e.cause());
    }

    @Test
    void anInlineMapHasNoMapRunAndNothingMarked() throws Exception {
        Execution e = fixture.run(MAP.formatted("", "INLINE"), "[1]", MachineType.STANDARD);

        assertThat(types(e.history().snapshot())).doesNotContain("MapRunStarted", "MapRunSucceeded")
                .contains("MapIterationStarted");
        assertThat(unmarked(e)).hasSameSizeAs(e.history().snapshot());
    }

    @Test
    void aMapNestedInADistributedMapsItemBelongsToTheItem() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"M","States":{"M":{"Type":"Map",
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"Inner","States":{"Inner":{"Type":"Map","End":true,
                      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}},"End":true}}}""",
                "[[1,2]]", MachineType.STANDARD);

        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(types(unmarked(e))).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
        assertThat(types(e.history().snapshot())).filteredOn(t -> t.startsWith("MapRun")).hasSize(2);
    }
}
