package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.node.POJONode;
import dev.stepcamel.api.ApiSettings;
import dev.stepcamel.api.CallbackOperations;
import dev.stepcamel.api.DefinitionChecker;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.JsonText;
import dev.stepcamel.integrations.TaskResolvers;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.RuntimeResources;
import dev.stepcamel.store.InMemoryActivityStore;
import dev.stepcamel.store.InMemoryCallbackStore;
import dev.stepcamel.store.InMemoryExecutionStore;
import dev.stepcamel.store.InMemoryStateMachineStore;
import dev.stepcamel.store.durable.DurableStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Scale check: many Standard executions parked on {@code .waitForTaskToken} at once, through the
 * real engine, API service and in-memory stores (or, with {@code --data}, the durable store).
 * Prints the heap they retain while parked and the JVM's peak threads, then answers every token with SendTaskSuccess and checks each execution
 * ends with its own output; exits 1 when one does not or the threads pass the limit.
 */
@Command(name = "callback-check", mixinStandardHelpOptions = true,
        description = "Park many executions on task tokens; report heap and threads; answer them all.")
public final class CallbackCheck implements Callable<Integer> {
    private static final String DEFINITION = """
            {"StartAt":"Wait for it","States":{"Wait for it":{"Type":"Task",
              "Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters":{"FunctionName":"ack","Payload":{"token.$":"$$.Task.Token","i.$":"$.i"}},"End":true}}}""";

    @Option(names = "--executions", defaultValue = "100000",
            description = "Executions parked at once (default: ${DEFAULT-VALUE}).")
    int executions;

    @Option(names = "--max-threads", defaultValue = "200",
            description = "Most live JVM threads allowed (default: ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--data", description = "Keep machines, executions and tokens in a durable store in this"
            + " (fresh) directory, as the runtime does by default; without it, in memory.")
    java.nio.file.Path data;

    @Option(names = "--hold-seconds", defaultValue = "0",
            description = "Seconds to stay parked after measuring, to inspect the heap (default: ${DEFAULT-VALUE}).")
    int holdSeconds;

    public static void main(String[] args) {
        BenchEngine.quietLogging();
        System.exit(new CommandLine(new CallbackCheck()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext();
                RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), BenchEngine.DEFAULT_WORKERS)) {
            context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
            ApiSettings settings = ApiSettings.defaults();
            DurableStore store = data == null ? null : DurableStore.open(data, resources.workers());
            CallbackOperations callbacks = new CallbackOperations(
                    store == null ? new InMemoryCallbackStore() : store.callbacks(),
                    store == null ? new InMemoryActivityStore() : store.activities(), settings, Clock.systemUTC());
            ExecutionEngine engine = new ExecutionEngine(context, resources, new CompileSettings(resources,
                    TaskResolvers.standard(context, Map.of()), BenchEngine.DEFAULT_MAP_CEILING, callbacks));
            StepFunctionsService service = new StepFunctionsService(engine,
                    store == null ? new InMemoryStateMachineStore() : store.machines(),
                    store == null ? new InMemoryExecutionStore() : store.executions(), callbacks,
                    DefinitionChecker.standard(new DefinitionValidator()), settings, Clock.systemUTC(),
                    UUID::randomUUID);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ack").routeId("ack").setBody(constant("{\"queued\":true}"));
                }
            });
            context.start();
            String machine = service.createStateMachine("callback-check", DEFINITION,
                    "arn:aws:iam::123456789012:role/bench", MachineType.STANDARD, Map.of()).arn();
            System.gc();
            try (ResourceSampler sampler = ResourceSampler.start()) {
                System.out.println(store == null ? "store: in memory" : "store: durable journal in " + data);
                return parkAll(service, machine, sampler) ? 0 : 1;
            } finally {
                if (store != null) {
                    store.close();
                }
            }
        }
    }

    private boolean parkAll(StepFunctionsService service, String machine, ResourceSampler sampler)
            throws InterruptedException {
        long heapBefore = sampler.heapUsedBytes();
        long began = System.nanoTime();
        Execution[] all = new Execution[executions];
        for (int i = 0; i < executions; i++) {
            all[i] = service.startExecution(machine, null, "{\"i\":" + i + "}", null);
        }
        for (Execution execution : all) {
            while (token(execution) == null) {
                Thread.sleep(1);
            }
        }
        double parkSeconds = (System.nanoTime() - began) / 1e9;
        System.gc();
        long heapParked = sampler.heapUsedBytes();
        long running = java.util.Arrays.stream(all).filter(Execution::isRunning).count();
        System.out.printf("%d Standard executions parked on task tokens in %.2f s (%d running)%n", executions,
                parkSeconds, running);
        System.out.printf("heap used after GC %d MB (%+d MB, %.0f bytes/parked execution incl. history and token)%n",
                heapParked >> 20, (heapParked - heapBefore) >> 20, (heapParked - heapBefore) / (double) executions);
        Thread.sleep(holdSeconds * 1000L);
        long answering = System.nanoTime();
        for (int i = 0; i < executions; i++) {
            service.sendTaskSuccess(token(all[i]), "{\"answer\":" + i + "}");
        }
        int failures = 0;
        for (int i = 0; i < executions; i++) {
            boolean ended = all[i].awaitCompletion(60_000);
            String expected = "{\"answer\":" + i + "}";
            if (!ended || !expected.equals(all[i].output())) {
                if (failures++ < 5) {
                    System.out.println(all[i].name() + ": " + all[i].status() + " " + all[i].output());
                }
            }
        }
        System.out.printf("all answered and ended in %.2f s; peak heap %d MB; JVM peak live threads %d (limit %d)%n",
                (System.nanoTime() - answering) / 1e9, sampler.peakHeapBytes() >> 20, sampler.peakThreads(),
                maxThreads);
        boolean ok = failures == 0 && sampler.peakThreads() <= maxThreads;
        System.out.println(ok ? "OK" : "FAIL: " + failures + " did not end with their answer");
        return ok;
    }

    /** The token the execution handed out, read back from its TaskScheduled event once it is submitted. */
    private static String token(Execution execution) {
        java.util.List<HistoryEvent> events = execution.history().snapshot();
        if (events.stream().noneMatch(e -> e.type().equals("TaskSubmitted"))) {
            return null;
        }
        HistoryEvent scheduled = events.stream().filter(e -> e.type().equals("TaskScheduled")).findFirst().orElseThrow();
        JsonText parameters = (JsonText) ((POJONode) scheduled.details().get("parameters")).getPojo();
        return parameters.node().path("Payload").path("token").asText();
    }
}
