package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.LambdaTaskResolver;
import dev.stepcamel.store.StoredStateMachine;
import dev.stepcamel.store.durable.DurableStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The engine on a durable store in a directory, in virtual time, as the application wires it:
 * opening it redeploys the stored machines and resumes what was running. A copy of the
 * directory taken while it runs is what a {@code kill -9} would have left.
 */
public final class DurableRuntime implements AutoCloseable {
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:";

    final VirtualTime time;
    final DefaultCamelContext context = new DefaultCamelContext();
    final RuntimeResources resources;
    final ExecutionEngine engine;
    final DurableStore store;

    /** @param lambda function name to endpoint, e.g. {@code work -> direct:hang} */
    DurableRuntime(Path dir, Instant now, Map<String, String> lambda) throws Exception {
        time = new VirtualTime(now);
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        context.getShutdownStrategy().setTimeout(200); // a hung handler's exchange is simply dropped
        context.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
        resources = new RuntimeResources(time, time, 4);
        engine = new ExecutionEngine(context, resources,
                new CompileSettings(resources, new LambdaTaskResolver(context, lambda), 1000));
        context.addRoutes(new Handlers());
        context.start();
        store = DurableStore.open(dir, resources.workers());
        store.versionsToDeploy().forEach(engine::redeploy);
        store.running().forEach(r -> engine.resume(r.execution(), r.resumePoints()));
    }

    static final class Handlers extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:count").routeId("count").convertBodyTo(String.class).process(e -> {
                JsonNode body = Json.parse(e.getMessage().getBody(String.class));
                CALLS.computeIfAbsent(body.path("key").asText(), k -> new AtomicInteger()).incrementAndGet();
            });
            from("direct:hang").routeId("hang").delay(3_600_000).asyncDelayed();
            from("direct:fail").routeId("fail").throwException(new IllegalStateException("not yet"));
        }
    }

    static int calls(String key) {
        AtomicInteger n = CALLS.get(key);
        return n == null ? 0 : n.get();
    }

    DeployedMachine deploy(String name, String definition) throws Exception {
        DeployedMachine machine = engine.deploy(ARN + "stateMachine:" + name, name, MachineType.STANDARD, definition,
                DefinitionParser.parse(Json.parse(definition)), "arn:aws:iam::123456789012:role/test");
        store.machines().putIfAbsent(StoredStateMachine.created(machine, time.instant()));
        return machine;
    }

    Execution start(DeployedMachine machine, String name, String input) {
        Execution execution = new Execution(ARN + "execution:" + machine.name() + ":" + name, name, machine, input,
                time.instant(), true, null);
        store.executions().putIfAbsent(execution);
        engine.start(execution);
        return execution;
    }

    Execution find(String name, String machine) {
        return store.executions().find(ARN + "execution:" + machine + ":" + name).orElseThrow();
    }

    /** Waits until the history has {@code count} events of {@code type} and all of it is committed. */
    static void awaitEvents(Execution execution, String type, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (types(execution).stream().filter(type::equals).count() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + count + " x " + type + " in " + types(execution));
            }
            Thread.sleep(5);
        }
        Thread.sleep(20); // let the step after the event run (a timer is set, a call starts)
        CountDownLatch committed = new CountDownLatch(1);
        execution.afterCommit(committed::countDown);
        committed.await(10, TimeUnit.SECONDS);
    }

    /** Waits until everything the execution recorded so far is committed. */
    static void awaitCommitOf(Execution execution) throws InterruptedException {
        Thread.sleep(50);
        CountDownLatch committed = new CountDownLatch(1);
        execution.afterCommit(committed::countDown);
        committed.await(10, TimeUnit.SECONDS);
    }

    static List<String> types(Execution execution) {
        return execution.history().snapshot().stream().map(HistoryEvent::type).toList();
    }

    /** What {@code kill -9} would leave now: a copy of the data directory. */
    public static Path snapshot(Path dir, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(dir.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    @Override
    public void close() throws Exception {
        context.close();
        resources.close();
        store.close();
    }
}
