package dev.stepcamel.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.api.http.SdkSfnRoutes;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.data.Json;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The real engine, callbacks and API service in one Camel context, shared by the callback,
 * activity and nested-execution tests of a JVM. Handler routes play the workers.
 */
final class CallbackFixture {
    static final CallbackFixture SHARED = new CallbackFixture();
    static final String ROLE = "arn:aws:iam::123456789012:role/test";

    final DefaultCamelContext context = new DefaultCamelContext();
    final RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), 8);
    final StepFunctionsService service;
    /** Task tokens the {@code hand-out} handler received, in order, by execution ARN (tests run concurrently). */
    private final Map<String, BlockingQueue<String>> handedOut = new ConcurrentHashMap<>();

    private CallbackFixture() {
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        ApiSettings settings = new ApiSettings("us-east-1", "123456789012", Duration.ofMinutes(1),
                Duration.ofMillis(300));
        CallbackOperations callbacks = new CallbackOperations(new InMemoryCallbackStore(), new InMemoryActivityStore(),
                settings, Clock.systemUTC());
        TaskResolvers tasks = new TaskResolvers(TaskResolvers.standard(context, Map.of()), new QueueIntegration());
        ExecutionEngine engine = new ExecutionEngine(context, resources, new CompileSettings(resources, tasks, 100,
                callbacks));
        service = new StepFunctionsService(engine, new InMemoryStateMachineStore(), new InMemoryExecutionStore(),
                callbacks, DefinitionChecker.standard(new DefinitionValidator()), settings, Clock.systemUTC(),
                UUID::randomUUID);
        try {
            context.addRoutes(new NestedExecutionRoutes(service));
            context.addRoutes(new SdkSfnRoutes(service));
            context.addRoutes(new Workers());
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stand-in for a message-sending service integration ({@code arn:aws:states:::sqs:sendMessage}):
     * it binds only the plain request, as the SQS integration does, and answers like SQS.
     */
    static final class QueueIntegration implements TaskResolver {
        @Override
        public TaskBinding bind(String resource) {
            return "arn:aws:states:::sqs:sendMessage".equals(resource) ? new TaskBinding(
                    "direct:test-queue", TaskBinding.ResultShape.RAW, "sqs", "sendMessage")
                    : null;
        }

        @Override
        public String functionEndpoint(String functionNameOrArn) {
            return null;
        }
    }

    /** Message bodies the stand-in queue received. */
    final BlockingQueue<JsonNode> queued = new LinkedBlockingQueue<>();

    /** Lambda functions as Camel routes: one hands its token to the test, one answers before it returns. */
    final class Workers extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:hand-out").routeId("hand-out").process(e -> {
                String execution = e.getProperty(ExchangeKeys.RUN, ExecutionRun.class).executionContext().path("Id")
                        .asText();
                tokensOf(execution).add(Json.parse(e.getMessage().getBody(String.class)).path("token").asText());
                e.getMessage().setBody("{\"accepted\":true}");
            });
            from("direct:test-queue").routeId("test-queue").process(e -> {
                queued.add(Json.parse(e.getMessage().getBody(String.class)).path("MessageBody"));
                e.getMessage().setBody("{\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\"x\"}");
            });
            from("direct:answer-at-once").routeId("answer-at-once").process(e -> {
                JsonNode payload = Json.parse(e.getMessage().getBody(String.class));
                service.sendTaskSuccess(payload.path("token").asText(), "{\"early\":true}");
                e.getMessage().setBody("{\"accepted\":true}");
            });
        }
    }

    String machine(String definition) {
        return machine(definition, MachineType.STANDARD);
    }

    String machine(String definition, MachineType type) {
        return service.createStateMachine("m-" + UUID.randomUUID(), definition, ROLE, type, Map.of()).arn();
    }

    Execution start(String machineArn, String input) {
        return service.startExecution(machineArn, null, input, null);
    }

    private BlockingQueue<String> tokensOf(String executionArn) {
        return handedOut.computeIfAbsent(executionArn, arn -> new LinkedBlockingQueue<>());
    }

    /** The next token the execution handed out to the {@code hand-out} handler. */
    String nextToken(Execution execution) throws InterruptedException {
        String token = tokensOf(execution.executionArn()).poll(5, TimeUnit.SECONDS);
        if (token == null) {
            throw new AssertionError("no task token was handed out");
        }
        return token;
    }

    static Execution finished(Execution execution) throws InterruptedException {
        if (!execution.awaitCompletion(10_000)) {
            throw new AssertionError("execution did not finish: " + execution.executionArn());
        }
        return execution;
    }

    /** Waits until the execution has recorded an event of {@code type}. */
    static void awaitEvent(Execution execution, String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!types(execution).contains(type)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type + " event");
            }
            Thread.sleep(5);
        }
    }

    static List<String> types(Execution execution) {
        return execution.history().snapshot().stream().map(HistoryEvent::type).toList();
    }

    static HistoryEvent event(Execution execution, String type) {
        return execution.history().snapshot().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event"));
    }
}
