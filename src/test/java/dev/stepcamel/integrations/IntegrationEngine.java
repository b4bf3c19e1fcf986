package dev.stepcamel.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.RuntimeResources;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** A Camel context and engine with every integration wired as the application wires them. */
public final class IntegrationEngine {
    private final CamelContext context = new DefaultCamelContext();
    private final ExecutionEngine engine;
    private final Set<String> loaded = new HashSet<>();

    /** @param awsKeys {@code stepcamel.aws.*} keys without the prefix */
    public IntegrationEngine(Map<String, String> awsKeys) {
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        Integrations integrations = new Integrations(context, Map.of(), awsKeys, "us-east-1");
        RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), 8);
        engine = new ExecutionEngine(context, resources, new CompileSettings(resources, integrations.resolver(), 100));
        context.start();
    }

    /** Loads Camel YAML routes (e.g. the shipped task handlers) once. */
    public synchronized void loadRoutes(String file) throws Exception {
        if (loaded.add(file)) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveResource(context, "file:" + file));
        }
    }

    /** Runs a Standard execution of {@code definition} to its end. */
    public Execution run(String definition, String input) throws Exception {
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

    /** A one-Task workflow calling {@code resource}, with optional Retry/Catch JSON; Catch may go to Handled. */
    public static String task(String resource, String parameters, String extra) {
        return """
                {"StartAt":"Call","States":{
                  "Call":{"Type":"Task","Resource":"%s","Parameters":%s%s,"End":true},
                  "Handled":{"Type":"Pass","End":true}}}""".formatted(resource, parameters,
                extra == null ? "" : "," + extra);
    }

    /** Retry the error once after a second, then Catch it into $.error and go to Handled. */
    public static String retryThenCatch(String error) {
        return """
                "Retry":[{"ErrorEquals":["%s"],"IntervalSeconds":1,"MaxAttempts":1,"BackoffRate":1}],
                "Catch":[{"ErrorEquals":["%s"],"ResultPath":"$.error","Next":"Handled"}]""".formatted(error, error);
    }

    /** How many history events of {@code type} the execution has. */
    public static long countOf(Execution e, String type) {
        return e.history().snapshot().stream().filter(ev -> ev.type().equals(type)).count();
    }
}
