package dev.stepcamel.api;

import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.TaskResolvers;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.RuntimeResources;
import dev.stepcamel.runtime.VirtualTime;
import dev.stepcamel.store.durable.DurableStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The engine, callbacks and API service on a durable store in a directory, in virtual time, wired
 * as the application wires them: opening it redeploys the stored machines and resumes what was
 * running. A copy of the directory taken while it runs is what a {@code kill -9} would leave.
 */
final class DurableApi implements AutoCloseable {
    static final String ROLE = "arn:aws:iam::123456789012:role/test";
    /** Tokens the {@code hand-out} Lambda received, and how often it was called. */
    static final BlockingQueue<String> HANDED_OUT = new LinkedBlockingQueue<>();
    static final AtomicInteger HAND_OUTS = new AtomicInteger();

    final VirtualTime time;
    final DefaultCamelContext context = new DefaultCamelContext();
    final RuntimeResources resources;
    final DurableStore store;
    final StepFunctionsService service;

    DurableApi(Path dir, Instant now) throws Exception {
        time = new VirtualTime(now);
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        context.getShutdownStrategy().setTimeout(200);
        context.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
        resources = new RuntimeResources(time, time, 4);
        store = DurableStore.open(dir, resources.workers());
        ApiSettings settings = new ApiSettings("us-east-1", "123456789012", Duration.ofMinutes(1),
                Duration.ofMillis(200));
        CallbackOperations callbacks = new CallbackOperations(store.callbacks(), store.activities(), settings, time);
        ExecutionEngine engine = new ExecutionEngine(context, resources, new CompileSettings(resources,
                TaskResolvers.standard(context, Map.of()), 100, callbacks));
        service = new StepFunctionsService(engine, store.machines(), store.executions(), callbacks,
                DefinitionChecker.standard(new DefinitionValidator()), settings, time, UUID::randomUUID);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hand-out").routeId("hand-out").process(e -> {
                    HAND_OUTS.incrementAndGet();
                    HANDED_OUT.add(Json.parse(e.getMessage().getBody(String.class)).path("token").asText());
                    e.getMessage().setBody("{\"accepted\":true}");
                });
                from("direct:hang").routeId("hang").delay(3_600_000).asyncDelayed();
            }
        });
        context.start();
        store.versionsToDeploy().forEach(engine::redeploy);
        store.running().forEach(r -> engine.resume(r.execution(), r.resumePoints()));
    }

    String machine(String name, String definition) {
        return service.createStateMachine(name, definition, ROLE, MachineType.STANDARD, Map.of()).arn();
    }

    Execution execution(String arn) {
        return store.executions().find(arn).orElseThrow();
    }

    static String nextToken() throws InterruptedException {
        String token = HANDED_OUT.poll(5, TimeUnit.SECONDS);
        if (token == null) {
            throw new AssertionError("no task token was handed out");
        }
        return token;
    }

    /** Waits until the execution recorded an event of {@code type} and all it recorded is committed. */
    static void awaitCommitted(Execution execution, String type) throws InterruptedException {
        awaitCommitted(execution, type, 1);
    }

    /** Waits until the execution recorded {@code count} events of {@code type} and all it recorded is committed. */
    static void awaitCommitted(Execution execution, String type, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (types(execution).stream().filter(type::equals).count() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + type + " in " + types(execution));
            }
            Thread.sleep(5);
        }
        Thread.sleep(30); // let the steps after the event run
        CountDownLatch committed = new CountDownLatch(1);
        execution.afterCommit(committed::countDown);
        committed.await(10, TimeUnit.SECONDS);
    }

    static List<String> types(Execution execution) {
        return execution.history().snapshot().stream().map(HistoryEvent::type).toList();
    }

    @Override
    public void close() throws Exception {
        context.close();
        resources.close();
        store.close();
    }
}
