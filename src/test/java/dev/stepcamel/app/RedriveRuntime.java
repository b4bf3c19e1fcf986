package dev.stepcamel.app;

import dev.stepcamel.config.StepcamelConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The whole runtime on a free port of 127.0.0.1 with no workflow files, on the durable store in
 * {@code dataDir} or in memory ({@code dataDir == null}), and Lambda functions {@code count}
 * (counts its calls by the input's {@code key}), {@code gate} (fails while the input's
 * {@code attempt} is below its {@code pass}) and {@code broken} (always fails).
 */
final class RedriveRuntime implements AutoCloseable {
    static final Map CALLS = new Map();

    /** Calls per key, across runtimes. */
    static final class Map extends ConcurrentHashMap<String, AtomicInteger> {
        int of(String key) {
            AtomicInteger n = get(key);
            return n == null ? 0 : n.get();
        }
    }

    final StepcamelApplication app;
    final SfnClient sfn;
    final int port;

    RedriveRuntime(Path dataDir) throws Exception {
        Path routes = Files.createTempDirectory("stepcamel-redrive-routes");
        port = freePort();
        Properties properties = new Properties();
        properties.setProperty("camel.server.port", Integer.toString(port));
        properties.setProperty("stepcamel.lambda.count", "direct:redrive-count");
        properties.setProperty("stepcamel.lambda.broken", "direct:redrive-broken");
        properties.setProperty("stepcamel.lambda.gate", "direct:redrive-gate");
        if (dataDir == null) {
            properties.setProperty("stepcamel.store", "memory");
        } else {
            properties.setProperty("stepcamel.data-dir", dataDir.toString());
        }
        properties.setProperty("camel.main.shutdownTimeout", "2");
        app = StepcamelApplication.start(StepcamelConfig.from(properties, routes));
        app.camelContext().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:redrive-count").process(e -> {
                    String body = e.getMessage().getBody(String.class);
                    String key = dev.stepcamel.data.Json.parse(body).path("key").asText();
                    CALLS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    e.getMessage().setBody("{\"counted\":true}");
                });
                from("direct:redrive-gate").process(e -> {
                    var input = dev.stepcamel.data.Json.parse(e.getMessage().getBody(String.class));
                    int attempt = input.path("attempt").asInt();
                    int pass = input.path("pass").asInt();
                    if (attempt < pass) {
                        throw new IllegalStateException("attempt " + attempt + " of " + pass);
                    }
                    e.getMessage().setBody("{\"passed\":" + attempt + "}");
                });
                from("direct:redrive-broken").throwException(new IllegalStateException("broken"));
            }
        });
        sfn = SfnClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        sfn.close();
        app.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
