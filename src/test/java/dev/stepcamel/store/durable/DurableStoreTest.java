package dev.stepcamel.store.durable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonText;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.StoredStateMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableStoreTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String DEFINITION = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    @TempDir
    Path dir;

    static DeployedMachine machine(String name) throws Exception {
        return new DeployedMachine("arn:aws:states:us-east-1:1:stateMachine:" + name, name, MachineType.STANDARD,
                DEFINITION, DefinitionParser.parse(Json.parse(DEFINITION)), "role", T0, "sc-" + name);
    }

    static Execution execution(DeployedMachine machine, String name) {
        return new Execution("arn:aws:states:us-east-1:1:execution:" + machine.name() + ":" + name, name, machine,
                "{\"a\":1}", T0, true, null);
    }

    @Test
    void variablesAssignedByEachFrameComeBackFoldedIntoItsResumePoint() throws Exception {
        DeployedMachine m = machine("m");
        ObjectNode first = Json.MAPPER.createObjectNode().put("a", 1).put("b", "x");
        ObjectNode second = (ObjectNode) Json.parse("{\"b\":{\"deep\":[1,2]}}");
        ObjectNode inner = Json.MAPPER.createObjectNode().put("i", true);
        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            store.machines().putIfAbsent(StoredStateMachine.created(m, T0));
            Execution running = store.executions().putIfAbsent(execution(m, "running"));
            running.log().append(List.of(exited(1, first)), Checkpoint.at("", "Q", Json.parse("{}"), first));
            running.log().append(List.of(exited(2, second)), Checkpoint.at("", "R", Json.parse("{}"), second));
            running.log().append(List.of(), Checkpoint.entered("", "R", Json.parse("{}")));
            // no event shows these: written with the checkpoint itself
            running.log().append(List.of(), Checkpoint.at("/R[0]", "I", Json.parse("1"), inner));
        }

        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            var points = store.running().get(0).resumePoints();
            assertThat(points.get("").variables()).containsOnlyKeys("a", "b");
            assertThat(points.get("").variables().get("b")).isEqualTo(Json.parse("{\"deep\":[1,2]}"));
            assertThat(points.get("").variables().get("a").asInt()).isEqualTo(1);
            assertThat(points.get("/R[0]").variables()).containsOnlyKeys("i");
        }
    }

    /** A StateExited event with {@code assignedVariables} as ExitState writes them. */
    private static HistoryEvent exited(long id, ObjectNode assigned) {
        ObjectNode details = Json.MAPPER.createObjectNode().put("name", "P");
        ObjectNode shown = details.putObject("assignedVariables");
        assigned.properties().forEach(e -> shown.put(e.getKey(), Json.write(e.getValue())));
        return new HistoryEvent(id, id - 1, T0, "PassStateExited", details);
    }

    @Test
    void machinesExecutionsAndHistoriesComeBackAfterReopening() throws Exception {
        DeployedMachine m = machine("m");
        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            store.machines().putIfAbsent(StoredStateMachine.created(m, T0));
            Execution ended = store.executions().putIfAbsent(execution(m, "ended"));
            Execution running = store.executions().putIfAbsent(execution(m, "running"));
            ObjectNode entered = Json.MAPPER.createObjectNode().put("name", "P");
            entered.putPOJO("input", new JsonText(Json.parse("{\"a\":1}")));
            ended.log().append(List.of(new HistoryEvent(1, 0, T0, "PassStateEntered", entered)),
                    Checkpoint.entered("", "P", Json.parse("{\"a\":1}")));
            ended.complete(ExecutionStatus.SUCCEEDED, T0.plusSeconds(1), "{\"a\":1}", null, null);
            running.log().append(List.of(new HistoryEvent(1, 0, T0, "PassStateEntered", entered)),
                    Checkpoint.entered("", "P", Json.parse("{\"a\":1}")));
        }

        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            assertThat(store.machines().find(m.arn())).hasValueSatisfying(s -> assertThat(s.current().machine()
                    .definitionText()).isEqualTo(DEFINITION));
            Execution ended = store.executions().find(execution(m, "ended").executionArn()).orElseThrow();
            assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(ended.output()).isEqualTo("{\"a\":1}");
            assertThat(ended.stopDate()).isEqualTo(T0.plusSeconds(1));
            HistoryEvent event = ended.history().snapshot().get(0);
            assertThat(event.type()).isEqualTo("PassStateEntered");
            assertThat(Json.MAPPER.writeValueAsString(event.details())).isEqualTo("{\"name\":\"P\",\"input\":\"{\\\"a\\\":1}\"}");
            assertThat(store.running()).singleElement().satisfies(r -> {
                assertThat(r.execution().name()).isEqualTo("running");
                assertThat(r.resumePoints().get("").kind()).isEqualTo(Checkpoint.Kind.ENTERED);
                assertThat(r.resumePoints().get("").enteredEventId()).isEqualTo(1);
            });
            assertThat(store.versionsToDeploy()).extracting(DeployedMachine::arn).containsExactly(m.arn());
        }
    }

    @Test
    void aRecordTornByACrashIsCutOffAndTheRestIsKept() throws Exception {
        DeployedMachine m = machine("m");
        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            store.machines().putIfAbsent(StoredStateMachine.created(m, T0));
        }
        Path segment;
        try (var files = Files.list(dir.resolve("journal"))) {
            segment = files.findFirst().orElseThrow();
        }
        long intact = Files.size(segment);
        Files.write(segment, new byte[] {0, 0, 0, 99, 1, 2, 3}, StandardOpenOption.APPEND);

        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            assertThat(store.machines().find(m.arn())).isPresent();
        }
        assertThat(Files.size(segment)).isEqualTo(intact);
    }

    @Test
    void compactionDropsPurgedExecutionsAndKeepsTheRest() throws Exception {
        DeployedMachine m = machine("m");
        try (DurableStore store = DurableStore.open(dir, 4096, Runnable::run)) {
            store.machines().putIfAbsent(StoredStateMachine.created(m, T0));
            for (int i = 0; i < 40; i++) {
                Execution e = store.executions().putIfAbsent(execution(m, "e" + i));
                ObjectNode details = Json.MAPPER.createObjectNode().put("name", "P").put("padding", "x".repeat(400));
                e.log().append(List.of(new HistoryEvent(1, 0, T0, "PassStateEntered", details)), null);
                e.complete(ExecutionStatus.SUCCEEDED, T0.plusSeconds(i), "{}", null, null);
            }
            assertThat(store.executions().purgeEndedBefore(T0.plusSeconds(30))).isEqualTo(30);
            assertThat(store.compactIfWorthIt()).isPositive();
            store.executions().putIfAbsent(execution(m, "after"));
        }
        try (var files = Files.list(dir.resolve("journal"))) {
            assertThat(files.count()).isLessThanOrEqualTo(3);
        }
        try (DurableStore store = DurableStore.open(dir, 4096, Runnable::run)) {
            assertThat(store.executions().list(m.arn(), null, null, 100).items()).extracting(Execution::name)
                    .containsExactly("after", "e39", "e38", "e37", "e36", "e35", "e34", "e33", "e32", "e31", "e30");
            Execution kept = store.executions().find(execution(m, "e35").executionArn()).orElseThrow();
            assertThat(kept.history().snapshot()).extracting(HistoryEvent::type)
                    .containsExactly("PassStateEntered");
            assertThat(store.machines().find(m.arn())).isPresent();
            Execution fresh = store.executions().putIfAbsent(execution(m, "fresh"));
            assertThat(((DurableLog) fresh.log()).key()).isEqualTo(42);
        }
    }

    @Test
    void groupCommitSyncsOncePerBatchNotOncePerRecord() throws Exception {
        DeployedMachine m = machine("m");
        try (DurableStore store = DurableStore.open(dir, Runnable::run)) {
            store.machines().putIfAbsent(StoredStateMachine.created(m, T0));
            long before = store.commits();
            Execution e = store.executions().putIfAbsent(execution(m, "e"));
            for (int i = 0; i < 2000; i++) {
                e.log().append(List.of(new HistoryEvent(i + 1, i, T0, "PassStateEntered", null)), null);
            }
            e.complete(ExecutionStatus.SUCCEEDED, T0, "{}", null, null);
            assertThat(store.commits() - before).isLessThan(200);
        }
    }
}
