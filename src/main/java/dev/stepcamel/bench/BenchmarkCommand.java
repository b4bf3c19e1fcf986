package dev.stepcamel.bench;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.ExecutionHistory;
import dev.stepcamel.runtime.MachineType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp stepcamel.jar dev.stepcamel.bench.BenchmarkCommand --workflows DIR}: runs the
 * benchmarks of {@code DIR/manifest.json} in-process, checks every output, prints a table. Exits
 * 1 when any benchmark produced a wrong output or could not run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks of a manifest on the engine; print throughput, latency and memory.")
public final class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--workflows", required = true, description = "Directory of manifest.json and the workflows.")
    Path workflows;

    @Option(names = "--only", split = ",", description = "Run only these benchmarks (comma-separated names).")
    List<String> only;

    @Option(names = "--reps", defaultValue = "3", description = "Measured repetitions (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Unmeasured warm-up repetitions (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--type", defaultValue = "AUTO", description = "State machine type: STANDARD (keeps history),"
            + " EXPRESS, or AUTO: STANDARD unless an execution's history would pass AWS's 25,000-event quota,"
            + " which only Express workflows may (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--workers", defaultValue = "" + BenchEngine.DEFAULT_WORKERS,
            description = "Engine worker threads, as stepcamel.workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--map-ceiling", defaultValue = "" + BenchEngine.DEFAULT_MAP_CEILING,
            description = "Map concurrency ceiling, as stepcamel.map.max-concurrency (default: ${DEFAULT-VALUE}).")
    int mapCeiling;

    @Option(names = "--concurrency", description = "Executions in flight at once for every batch benchmark,"
            + " instead of the manifest's (a durable store commits all in flight together).")
    Integer concurrency;

    @Option(names = "--data", description = "Journal Standard executions in the durable store in this directory"
            + " (a fresh one is best); without it they stay in memory.")
    Path data;

    @Option(names = "--timeout", defaultValue = "600",
            description = "Seconds a repetition may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    public static void main(String[] args) {
        BenchEngine.quietLogging();
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> selected = new ArrayList<>();
        for (Benchmark b : Benchmark.readManifest(workflows)) {
            if (only == null || only.contains(b.name())) {
                selected.add(concurrency == null || b.kind() != Benchmark.Kind.BATCH ? b
                        : new Benchmark(b.name() + "@c" + concurrency, b.definition(), b.input(), b.expected(),
                                b.transitions(), b.kind(), Math.max(b.executions(), concurrency * 10), concurrency));
            }
        }
        if (only != null && selected.size() != only.size()) {
            System.err.println("bench: unknown benchmark in --only " + only);
            return 2;
        }
        System.out.printf("type %s, %d warm-up + %d measured reps, %d workers, %d cores, max heap %d MB%n", type,
                warmup, reps, workers, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Outcome> outcomes = new ArrayList<>();
        if (data != null) {
            System.out.println("durable store in " + data);
        }
        try (BenchEngine engine = new BenchEngine(workers, mapCeiling, data)) {
            for (Benchmark benchmark : selected) {
                MachineType machineType = typeFor(benchmark);
                Outcome outcome = measure(engine, benchmark, machineType);
                System.out.printf("  %-18s %-8s %s%n", benchmark.name(), machineType,
                        outcome.failed() ? "FAILED" : "done");
                outcomes.add(outcome);
            }
            if (data != null) {
                System.out.printf("journal: %d group commits (fdatasync)%n", engine.commits());
            }
        }
        System.out.println();
        ReportTable.print(System.out, outcomes);
        return outcomes.stream().anyMatch(Outcome::failed) ? 1 : 0;
    }

    private MachineType typeFor(Benchmark benchmark) {
        if (!"AUTO".equalsIgnoreCase(type)) {
            return MachineType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        }
        // Each state entered records an Entered and an Exited event, plus the execution's own two.
        return benchmark.transitions() * 2 + 2 > ExecutionHistory.MAX_EVENTS ? MachineType.EXPRESS
                : MachineType.STANDARD;
    }

    private Outcome measure(BenchEngine engine, Benchmark benchmark, MachineType machineType)
            throws InterruptedException {
        DeployedMachine machine;
        try {
            machine = engine.deploy(benchmark.name(), benchmark.definition(), machineType);
        } catch (RuntimeException e) {
            return Outcome.notRun(benchmark, e.getMessage());
        }
        try {
            Workload workload = new Workload(engine, machine, benchmark, timeoutSeconds * 1000);
            List<String> warmupFailures = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                workload.runOnce().failures().forEach(f -> warmupFailures.add("warm-up " + f));
            }
            List<RepResult> measured = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                measured.add(workload.runOnce());
            }
            return new Outcome(benchmark, measured, warmupFailures);
        } finally {
            engine.undeploy(machine);
        }
    }
}
