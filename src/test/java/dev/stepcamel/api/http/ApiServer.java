package dev.stepcamel.api.http;

import dev.stepcamel.api.ApiSettings;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.api.TestChecker;
import dev.stepcamel.api.TestClock;
import dev.stepcamel.api.TestEngine;
import dev.stepcamel.api.TestIds;
import dev.stepcamel.store.InMemoryExecutionStore;
import dev.stepcamel.store.InMemoryStateMachineStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.main.Main;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Camel Main serving the API routes on a free port of 127.0.0.1, over the test engine. */
final class ApiServer implements AutoCloseable {
    final TestClock clock = new TestClock(Instant.parse("2026-03-04T05:06:07.089Z"));
    final TestEngine engine = new TestEngine(clock);
    final StepFunctionsService service = new StepFunctionsService(engine, new InMemoryStateMachineStore(),
            new InMemoryExecutionStore(), new TestChecker(), ApiSettings.defaults(), clock, new TestIds());
    final int port;
    private final Main main = new Main();

    ApiServer() throws Exception {
        port = freePort();
        main.configure().addRoutesBuilder(new StepFunctionsApiRoutes(service));
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", Integer.toString(port));
        main.start();
        awaitHealthy();
    }

    /** An AWS SDK client of this server (host prefixes off, so StartSyncExecution reaches it too). */
    SfnClient sdkClient() {
        return SfnClient.builder().endpointOverride(uri(""))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.putAdvancedOption(
                        SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
                        true))
                .build();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // The server answers 404 until the routes are up, so readiness needs a 200.
    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(uri("/stepcamel/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("API did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        main.stop();
        service.close();
    }
}
