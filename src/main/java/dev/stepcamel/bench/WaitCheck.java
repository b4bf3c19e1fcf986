package dev.stepcamel.bench;

import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scale check: many executions parked in a Wait state at once must hold no thread each. Prints
 * the JVM's peak live threads, the heap they retain while parked and the time until all ended;
 * exits 1 when the threads pass the limit or any execution did not succeed with its own input.
 */
@Command(name = "wait-check", mixinStandardHelpOptions = true,
        description = "Park many executions in a Wait state at once; fail if they need too many threads.")
public final class WaitCheck implements Callable<Integer> {
    @Option(names = "--executions", defaultValue = "10000",
            description = "Executions started at once (default: ${DEFAULT-VALUE}).")
    int executions;

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds each waits (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--max-threads", defaultValue = "200",
            description = "Most live JVM threads allowed (default: ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--type", defaultValue = "STANDARD",
            description = "STANDARD or EXPRESS (default: ${DEFAULT-VALUE}).")
    MachineType type;

    public static void main(String[] args) {
        BenchEngine.quietLogging();
        System.exit(new CommandLine(new WaitCheck()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String definition = "{\"StartAt\":\"Park\",\"States\":{\"Park\":{\"Type\":\"Wait\",\"Seconds\":" + seconds
                + ",\"Next\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}";
        try (BenchEngine engine = new BenchEngine(BenchEngine.DEFAULT_WORKERS, BenchEngine.DEFAULT_MAP_CEILING)) {
            DeployedMachine machine = engine.deploy("wait-check", definition, type);
            System.gc();
            try (ResourceSampler sampler = ResourceSampler.start()) {
                return parkAll(engine, machine, sampler) ? 0 : 1;
            }
        }
    }

    private boolean parkAll(BenchEngine engine, DeployedMachine machine, ResourceSampler sampler)
            throws InterruptedException {
        long heapBefore = sampler.heapUsedBytes();
        long began = System.nanoTime();
        Execution[] all = new Execution[executions];
        for (int i = 0; i < executions; i++) {
            all[i] = engine.start(machine, "{\"i\":" + i + "}"); // each its own input, to catch mix-ups
        }
        double startSeconds = (System.nanoTime() - began) / 1e9;
        Thread.sleep(seconds * 1000L / 2); // measure in the middle of the wait
        System.gc();
        long heapParked = sampler.heapUsedBytes();
        long parked = Arrays.stream(all).filter(Execution::isRunning).count();
        int failures = awaitAll(all, began + (seconds + 300L) * 1_000_000_000L);
        double totalSeconds = (System.nanoTime() - began) / 1e9;
        int threads = sampler.peakThreads();
        System.out.printf("%d %s executions waiting %d s: started in %.2f s, all ended after %.2f s%n",
                executions, type, seconds, startSeconds, totalSeconds);
        System.out.printf("mid-wait: %d still parked, heap used after GC %d MB (%+d MB, %.0f bytes/execution)%n",
                parked, heapParked >> 20, (heapParked - heapBefore) >> 20,
                (heapParked - heapBefore) / (double) executions);
        System.out.printf("peak heap used %d MB, JVM peak live threads %d (limit %d)%n",
                sampler.peakHeapBytes() >> 20, threads, maxThreads);
        boolean ok = failures == 0 && threads <= maxThreads;
        System.out.println(ok ? "OK" : "FAIL: " + failures + " did not succeed, peak threads " + threads);
        return ok;
    }

    /** Awaits every execution; returns how many did not succeed with their own input as output. */
    private static int awaitAll(Execution[] all, long deadlineNanos) throws InterruptedException {
        int failures = 0;
        long[] lateness = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            boolean ended = all[i].awaitCompletion(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
            String problem = ended ? OutputCheck.problem(all[i], Json.MAPPER.createObjectNode().put("i", i))
                    : "did not end";
            if (problem != null) {
                if (failures++ < 5) {
                    System.out.println(all[i].name() + ": " + problem);
                }
            } else {
                lateness[i] = Duration.between(all[i].startDate(), all[i].stopDate()).toMillis();
            }
        }
        System.out.printf("execution duration ms: min %d, p50 %d, p99 %d, max %d%n", Spread.percentile(lateness, 0),
                Spread.percentile(lateness, 0.5), Spread.percentile(lateness, 0.99), Spread.percentile(lateness, 1));
        return failures;
    }
}
