package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.LambdaTaskResolver;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** One Camel context and engine shared by the runtime tests of a JVM. */
final class EngineFixture {
    static final EngineFixture SHARED = new EngineFixture();

    final CamelContext context = new DefaultCamelContext();
    final RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), 8);
    final ExecutionEngine engine;

    private EngineFixture() {
        LambdaTaskResolver tasks = new LambdaTaskResolver(context, Map.of());
        engine = new ExecutionEngine(context, resources, new CompileSettings(resources, tasks, 1000));
        try {
            context.addRoutes(new HandlerRoutes());
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Test handlers, written as users write theirs: routes whose id is the function name. */
    static final class HandlerRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:echo").routeId("echo").log("echo ${body}");
            from("direct:boom").routeId("boom").throwException(new IllegalArgumentException("boom!"));
            from("direct:slow").routeId("slow").delay(3000).setBody(constant("{\"late\":true}"));
            from("direct:alternating").routeId("alternating").process(e -> {
                int n = ALTERNATING.getAndIncrement();
                e.getMessage().setHeader("StepcamelError", n % 2 == 0 ? "ErrorA" : "ErrorB");
                e.getMessage().setHeader("StepcamelCause", "call " + n);
            });
            from("direct:flaky").routeId("flaky").process(e -> {
                int n = FLAKY.incrementAndGet();
                if (n % 3 != 0) {
                    throw new IllegalStateException("flaky " + n);
                }
                e.getMessage().setBody("{\"attempt\":" + n + "}");
            });
        }
    }

    static final java.util.concurrent.atomic.AtomicInteger ALTERNATING = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger FLAKY = new java.util.concurrent.atomic.AtomicInteger();

    Execution run(String definition, String input, MachineType type) throws Exception {
        JsonNode parsed = Json.parse(definition);
        String name = "m" + UUID.randomUUID();
        DeployedMachine machine = engine.deploy("arn:aws:states:us-east-1:123456789012:stateMachine:" + name, name, type,
                definition, DefinitionParser.parse(parsed), "arn:aws:iam::123456789012:role/test");
        Execution execution = new Execution("arn:aws:states:us-east-1:123456789012:execution:" + name + ":e1", "e1",
                machine, input, Clock.systemUTC().instant(), type == MachineType.STANDARD, null);
        engine.start(execution);
        if (!execution.awaitCompletion(20_000)) {
            throw new AssertionError("execution did not finish");
        }
        engine.undeploy(machine);
        return execution;
    }
}
