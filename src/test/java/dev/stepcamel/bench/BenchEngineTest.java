package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchEngineTest {
    @Test
    void undeployReturnsOnlyOnceTheRoutesAreGoneSoClosingCannotRaceTheirRemoval() throws Exception {
        String definition = """
                {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                  "B":{"Type":"Pass","Output":"{% $states.input %}","End":true}}}""";
        BenchEngine engine = new BenchEngine(4, 100);
        try {
            for (int round = 0; round < 20; round++) {
                DeployedMachine machine = engine.deploy("m" + round, definition, MachineType.EXPRESS);
                List<Execution> executions = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    executions.add(engine.start(machine, "{\"i\":" + i + "}"));
                }
                for (Execution e : executions) {
                    assertThat(e.awaitCompletion(5_000)).isTrue();
                }
                engine.undeploy(machine);
                assertThat(engine.isDeployed(machine)).as("routes of round %d still there", round).isFalse();
            }
        } finally {
            engine.close(); // threw ConcurrentModificationException when a last execution removed routes meanwhile
        }
    }
}
