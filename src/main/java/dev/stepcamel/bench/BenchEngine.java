package dev.stepcamel.bench;

import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.LambdaTaskResolver;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.RuntimeResources;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import dev.stepcamel.store.durable.DurableStore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The engine as the application wires it (same error handler, worker pool, Map ceiling), on a
 * plain Camel context without the HTTP API, so a benchmark measures the runtime alone.
 */
final class BenchEngine implements AutoCloseable {
    static final int DEFAULT_WORKERS = 32;
    static final int DEFAULT_MAP_CEILING = 1000;
    private static final String ARN_PREFIX = "arn:aws:states:us-east-1:123456789012:";

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final RuntimeResources resources;
    private final ExecutionEngine engine;
    private final AtomicLong ids = new AtomicLong();
    private DurableStore store;

    /** Camel logs every route start and stop at INFO; a benchmark prints only warnings. */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    BenchEngine(int workers, int mapCeiling) {
        this(workers, mapCeiling, null);
    }

    /** @param data where the durable store journals Standard executions, or {@code null} to keep them in memory */
    BenchEngine(int workers, int mapCeiling, java.nio.file.Path data) {
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        resources = new RuntimeResources(Clock.systemUTC(), workers);
        engine = new ExecutionEngine(context, resources,
                new CompileSettings(resources, new LambdaTaskResolver(context, Map.of()), mapCeiling));
        context.start();
        try {
            store = data == null ? null : DurableStore.open(data, resources.workers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Drops ended executions from the durable store, so repetitions do not pile up in the heap. */
    void forgetEnded() {
        if (store != null) {
            store.executions().purgeEndedBefore(java.time.Instant.now().plusSeconds(1));
        }
    }

    /** Fdatasyncs of the durable store so far (0 in memory). */
    long commits() {
        return store == null ? 0 : store.commits();
    }

    /** Validates and deploys a definition; an invalid one is a broken benchmark, not a result. */
    DeployedMachine deploy(String name, String definitionText, MachineType type) {
        List<Diagnostic> problems = new DefinitionValidator().validate(definitionText);
        if (problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            throw new IllegalArgumentException(name + ": " + DefinitionValidator.invalidDefinitionMessage(problems));
        }
        try {
            return engine.deploy(ARN_PREFIX + "stateMachine:" + name, name, type, definitionText,
                    DefinitionParser.parse(Json.parse(definitionText)), "arn:aws:iam::123456789012:role/bench");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": definition is not JSON", e);
        }
    }

    /** Starts one execution and returns at once. */
    Execution start(DeployedMachine machine, String input) {
        String name = "e" + ids.incrementAndGet();
        Execution execution = new Execution(ARN_PREFIX + "execution:" + machine.name() + ":" + name, name, machine,
                input, Clock.systemUTC().instant(), machine.type() == MachineType.STANDARD, null);
        if (store != null && machine.type() == MachineType.STANDARD) {
            store.executions().putIfAbsent(execution); // journals it: its history and checkpoints follow
        }
        engine.start(execution);
        return execution;
    }

    /**
     * Undeploys and waits until the routes are gone: the last execution removes them on its own
     * thread just after its outcome is visible, and a context stopped meanwhile would iterate its
     * routes while they change (ConcurrentModificationException at shutdown).
     */
    void undeploy(DeployedMachine machine) {
        engine.undeploy(machine);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (engine.isDeployed(machine) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean isDeployed(DeployedMachine machine) {
        return engine.isDeployed(machine);
    }

    @Override
    public void close() {
        try {
            context.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            resources.close();
            if (store != null) {
                store.close();
            }
        }
    }
}
