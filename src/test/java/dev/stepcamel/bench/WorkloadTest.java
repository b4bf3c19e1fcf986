package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.MachineType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static final String ADD_ONE = """
            {"StartAt": "Add", "States": {
              "Add": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Wait"},
              "Wait": {"Type": "Wait", "Seconds": 0, "End": true}}}""";
    private static final BenchEngine ENGINE = new BenchEngine(4, 100);

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private static Benchmark addOne(String expected, Benchmark.Kind kind, int executions, int concurrency)
            throws Exception {
        return new Benchmark("add-one", ADD_ONE, "{\"n\":1}", Json.parse(expected), 2, kind, executions, concurrency);
    }

    private static RepResult run(Benchmark benchmark, MachineType type) throws Exception {
        DeployedMachine machine = ENGINE.deploy(benchmark.name(), benchmark.definition(), type);
        try {
            return new Workload(ENGINE, machine, benchmark, 10_000).runOnce();
        } finally {
            ENGINE.undeploy(machine);
        }
    }

    @Test
    void concurrentBatchRunsEveryExecutionAndTimesEach() throws Exception {
        RepResult rep = run(addOne("{\"n\":2}", Benchmark.Kind.BATCH, 40, 4), MachineType.EXPRESS);

        assertThat(rep.failures()).isEmpty();
        assertThat(rep.latencyNanos()).hasSize(40);
        assertThat(java.util.Arrays.stream(rep.latencyNanos()).min().getAsLong()).isPositive();
        assertThat(rep.transitionsPerSecond(2)).isEqualTo(2 * rep.executionsPerSecond());
        assertThat(rep.peakThreads()).isPositive();
        assertThat(rep.peakHeapBytes()).isPositive();
    }

    @Test
    void parkedExecutionsAreAllAwaitedAndChecked() throws Exception {
        RepResult rep = run(addOne("{\"n\":2}", Benchmark.Kind.PARK, 30, 30), MachineType.STANDARD);

        assertThat(rep.failures()).isEmpty();
        assertThat(rep.latencyNanos()).hasSize(30);
    }

    @Test
    void aWrongOutputIsAFailureOfThatExecution() throws Exception {
        RepResult rep = run(addOne("{\"n\":3}", Benchmark.Kind.BATCH, 3, 1), MachineType.EXPRESS);

        assertThat(rep.failures()).hasSize(3).allSatisfy(f -> assertThat(f).contains("differs from expected"));
    }

    @Test
    void aFailedExecutionIsReportedWithItsError() throws Exception {
        Benchmark failing = new Benchmark("fail", """
                {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Nope", "Cause": "by design"}}}""",
                "{}", Json.parse("{}"), 1, Benchmark.Kind.BATCH, 2, 2);

        RepResult rep = run(failing, MachineType.EXPRESS);

        assertThat(rep.failures()).hasSize(2).allSatisfy(f -> assertThat(f).contains("FAILED Nope: by design"));
    }
}
