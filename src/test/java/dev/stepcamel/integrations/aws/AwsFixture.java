package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.Integrations;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.RuntimeResources;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One Camel context and engine for the integration tests of a JVM, with every AWS service pointed
 * at the shared {@link MotoServer} through {@code stepcamel.aws.endpoint}, as a user configures it.
 */
final class AwsFixture {
    private static AwsFixture shared;

    final MotoServer moto;
    final AwsClients clients;
    private final CamelContext context = new DefaultCamelContext();
    private final ExecutionEngine engine;
    private final java.util.Set<String> loaded = new java.util.HashSet<>();

    private AwsFixture(MotoServer moto) throws Exception {
        this.moto = moto;
        Map<String, String> keys = Map.of("endpoint", moto.endpoint(), "region", "us-east-1", "credentials", "static",
                "access-key-id", "test", "secret-access-key", "test");
        clients = new AwsClients(new AwsSettings(keys, Map.of(), "us-east-1"));
        context.getCamelContextExtension().setErrorHandlerFactory(new org.apache.camel.builder.NoErrorHandlerBuilder());
        Integrations integrations = new Integrations(context, Map.of(), keys, "us-east-1");
        RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), 8);
        engine = new ExecutionEngine(context, resources, new CompileSettings(resources, integrations.resolver(), 100));
        context.start();
    }

    static synchronized AwsFixture get() throws Exception {
        MotoServer moto = MotoServer.get();
        if (shared == null) {
            shared = new AwsFixture(moto);
        }
        return shared;
    }

    /** Loads Camel YAML routes (e.g. the shipped task handlers) into the shared context once. */
    synchronized void loadRoutes(String file) throws Exception {
        if (loaded.add(file)) {
            org.apache.camel.support.PluginHelper.getRoutesLoader(context).loadRoutes(
                    org.apache.camel.support.ResourceHelper.resolveResource(context, "file:" + file));
        }
    }

    @SuppressWarnings("unchecked")
    <T> T client(AwsService service) {
        return (T) clients.client(service);
    }

    Execution run(String definition, String input) throws Exception {
        JsonNode parsed = Json.parse(definition);
        String name = "m" + UUID.randomUUID();
        DeployedMachine machine = engine.deploy("arn:aws:states:us-east-1:123456789012:stateMachine:" + name, name,
                MachineType.STANDARD, definition, DefinitionParser.parse(parsed), "arn:aws:iam::123456789012:role/t");
        Execution execution = new Execution("arn:aws:states:us-east-1:123456789012:execution:" + name + ":e1", "e1",
                machine, input, Clock.systemUTC().instant(), true, null);
        engine.start(execution);
        if (!execution.awaitCompletion(30_000)) {
            throw new AssertionError("execution did not finish");
        }
        engine.undeploy(machine);
        return execution;
    }

    static JsonNode json(String text) throws Exception {
        return Json.parse(text);
    }

    /** A one-Task workflow calling {@code resource}, with optional Retry/Catch JSON. */
    static String task(String resource, String parameters, String extra) {
        return """
                {"StartAt":"Call","States":{
                  "Call":{"Type":"Task","Resource":"%s","Parameters":%s%s,"End":true},
                  "Handled":{"Type":"Pass","End":true}}}""".formatted(resource, parameters,
                extra == null ? "" : "," + extra);
    }

    /** Retry twice quickly then Catch everything into $.error and go to Handled. */
    static String retryThenCatch(String error) {
        return """
                "Retry":[{"ErrorEquals":["%s"],"IntervalSeconds":1,"MaxAttempts":1,"BackoffRate":1}],
                "Catch":[{"ErrorEquals":["%s"],"ResultPath":"$.error","Next":"Handled"}]""".formatted(error, error);
    }
}
