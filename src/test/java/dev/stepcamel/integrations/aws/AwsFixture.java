package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.IntegrationEngine;
import dev.stepcamel.runtime.Execution;
import java.util.Map;

/**
 * One engine for the AWS integration tests of a JVM, with every AWS service pointed at the shared
 * {@link MotoServer} through {@code stepcamel.aws.endpoint}, as a user configures it.
 */
final class AwsFixture {
    private static AwsFixture shared;

    final MotoServer moto;
    final AwsClients clients;
    private final IntegrationEngine engine;

    private AwsFixture(MotoServer moto) {
        this.moto = moto;
        Map<String, String> keys = Map.of("endpoint", moto.endpoint(), "region", "us-east-1", "credentials", "static",
                "access-key-id", "test", "secret-access-key", "test", "lambda.remote", "true");
        clients = new AwsClients(new AwsSettings(keys, Map.of(), "us-east-1"));
        engine = new IntegrationEngine(keys);
    }

    static synchronized AwsFixture get() {
        MotoServer moto = MotoServer.get();
        if (shared == null) {
            shared = new AwsFixture(moto);
        }
        return shared;
    }

    @SuppressWarnings("unchecked")
    <T> T client(AwsService service) {
        return (T) clients.client(service);
    }

    void loadRoutes(String file) throws Exception {
        engine.loadRoutes(file);
    }

    Execution run(String definition, String input) throws Exception {
        return engine.run(definition, input);
    }

    static JsonNode json(String text) throws Exception {
        return Json.parse(text);
    }

    static String task(String resource, String parameters, String extra) {
        return IntegrationEngine.task(resource, parameters, extra);
    }

    static String retryThenCatch(String error) {
        return IntegrationEngine.retryThenCatch(error);
    }
}
