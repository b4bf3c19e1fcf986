package dev.stepcamel.bench;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one repetition of a benchmark on a deployed machine and checks every output. A batch
 * keeps {@code concurrency} executions in flight, each on a client thread that starts one and
 * blocks until it ends; a park starts them all from one thread, then awaits them in turn.
 */
final class Workload {
    private final BenchEngine engine;
    private final DeployedMachine machine;
    private final Benchmark benchmark;
    private final long timeoutMillis;

    Workload(BenchEngine engine, DeployedMachine machine, Benchmark benchmark, long timeoutMillis) {
        this.engine = engine;
        this.machine = machine;
        this.benchmark = benchmark;
        this.timeoutMillis = timeoutMillis;
    }

    RepResult runOnce() throws InterruptedException {
        System.gc(); // each repetition starts from the same settled heap
        long[] latencies = new long[benchmark.executions()];
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        try (ResourceSampler sampler = ResourceSampler.start()) {
            long began = System.nanoTime();
            if (benchmark.kind() == Benchmark.Kind.PARK) {
                park(latencies, failures, began + timeoutMillis * 1_000_000);
            } else {
                batch(latencies, failures);
            }
            long wall = System.nanoTime() - began;
            engine.forgetEnded();
            return new RepResult(wall, latencies, List.copyOf(failures), sampler.peakHeapBytes(),
                    sampler.peakThreads());
        }
    }

    private void batch(long[] latencies, Queue<String> failures) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Runnable client = () -> {
            for (int i = next.getAndIncrement(); i < latencies.length; i = next.getAndIncrement()) {
                latencies[i] = runOne(failures);
            }
        };
        if (benchmark.concurrency() == 1) {
            client.run();
            return;
        }
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < benchmark.concurrency(); c++) {
            Thread thread = new Thread(client, "bench-client-" + c);
            thread.start();
            clients.add(thread);
        }
        for (Thread t : clients) {
            t.join();
        }
    }

    private long runOne(Queue<String> failures) {
        long began = System.nanoTime();
        Execution execution;
        try {
            execution = engine.start(machine, benchmark.input());
        } catch (RuntimeException e) { // counted, not lost with a client thread
            failures.add("could not start: " + e);
            return System.nanoTime() - began;
        }
        try {
            boolean ended = execution.awaitCompletion(timeoutMillis);
            long latency = System.nanoTime() - began;
            check(execution, ended, failures);
            return latency;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void park(long[] latencies, Queue<String> failures, long deadlineNanos) throws InterruptedException {
        Execution[] all = new Execution[latencies.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = engine.start(machine, benchmark.input());
        }
        for (int i = 0; i < all.length; i++) {
            long left = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
            boolean ended = all[i].awaitCompletion(left);
            if (ended) {
                latencies[i] = Duration.between(all[i].startDate(), all[i].stopDate()).toNanos();
            }
            check(all[i], ended, failures);
        }
    }

    private void check(Execution execution, boolean ended, Queue<String> failures) {
        String problem = ended ? OutputCheck.problem(execution, benchmark.expected())
                : "did not end within " + timeoutMillis + " ms";
        if (problem != null) {
            failures.add(execution.name() + ": " + problem);
        }
    }
}
