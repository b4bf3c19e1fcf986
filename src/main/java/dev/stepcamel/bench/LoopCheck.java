package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scale check: an Express Choice loop of a million iterations (Choice + Pass with a
 * {@code States.MathAdd} counter) must finish in a 512 MB heap, which it can only do if neither
 * the stack nor retained memory grows with the transitions. Exits 1 when it does not.
 */
@Command(name = "loop-check", mixinStandardHelpOptions = true,
        description = "Run a Choice loop of many iterations in one Express execution; fail unless it succeeds.")
public final class LoopCheck implements Callable<Integer> {
    static final long MAX_HEAP_BYTES = 512L << 20;
    static final String DEFINITION = """
            {"StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Parameters": {"count": 0, "limit.$": "$.limit"}, "Next": "Check"},
              "Check": {"Type": "Choice", "Default": "Done",
                        "Choices": [{"Variable": "$.count", "NumericLessThanPath": "$.limit", "Next": "Increment"}]},
              "Increment": {"Type": "Pass", "Next": "Check",
                            "Parameters": {"count.$": "States.MathAdd($.count, 1)", "limit.$": "$.limit"}},
              "Done": {"Type": "Succeed"}}}""";

    @Option(names = "--iterations", defaultValue = "1000000",
            description = "Loop iterations (default: ${DEFAULT-VALUE}).")
    long iterations;

    @Option(names = "--timeout", defaultValue = "1800",
            description = "Seconds the execution may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    public static void main(String[] args) {
        BenchEngine.quietLogging();
        System.exit(new CommandLine(new LoopCheck()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("max heap %d MB (the check is meant for -Xmx512m)%n", maxHeap >> 20);
        if (maxHeap > MAX_HEAP_BYTES) {
            System.out.println("FAIL: run with -Xmx512m or less");
            return 2;
        }
        String input = "{\"limit\":" + iterations + "}";
        JsonNode expected = Json.parse("{\"count\":" + iterations + ",\"limit\":" + iterations + "}");
        try (BenchEngine engine = new BenchEngine(BenchEngine.DEFAULT_WORKERS, BenchEngine.DEFAULT_MAP_CEILING)) {
            DeployedMachine machine = engine.deploy("loop-check", DEFINITION, MachineType.EXPRESS);
            System.gc();
            try (ResourceSampler sampler = ResourceSampler.start()) {
                long began = System.nanoTime();
                Execution execution = engine.start(machine, input);
                boolean ended = execution.awaitCompletion(timeoutSeconds * 1000);
                double seconds = (System.nanoTime() - began) / 1e9;
                long transitions = 2 * iterations + 3;
                System.out.printf("iterations %d, transitions %d, elapsed %.2f s, %.0f transitions/s%n", iterations,
                        transitions, seconds, transitions / seconds);
                System.out.printf("peak heap used %d MB, peak threads %d%n", sampler.peakHeapBytes() >> 20,
                        sampler.peakThreads());
                String problem = ended ? OutputCheck.problem(execution, expected)
                        : "did not end within " + timeoutSeconds + " s";
                System.out.println(problem == null ? "OK" : "FAIL: " + problem);
                return problem == null ? 0 : 1;
            }
        }
    }
}
