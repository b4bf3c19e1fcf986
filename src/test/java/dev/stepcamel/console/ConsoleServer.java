package dev.stepcamel.console;

import dev.stepcamel.app.StepcamelApplication;
import dev.stepcamel.config.StepcamelConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The whole runtime on a free port of 127.0.0.1 serving the project's example workflows, started
 * once for every console test. The examples run as shipped, except that the image pipeline's
 * optimize step takes {@value #SLOW_MILLIS} ms, and resizing 4 ms, so that a browser can watch
 * them run (a batch of 1,000 images, five at a time, then takes about a second).
 */
final class ConsoleServer {
    static final long SLOW_MILLIS = 1500;
    private static ConsoleServer shared;

    final StepcamelApplication app;
    final int port;
    final HttpClient http = HttpClient.newHttpClient();

    private ConsoleServer() throws Exception {
        Path routes = Files.createTempDirectory("stepcamel-console-routes");
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.toList()) {
                Files.copy(file, routes.resolve(file.getFileName()));
            }
        }
        Files.writeString(routes.resolve("slow-optimize.yaml"), """
                - route:
                    id: slow-optimize
                    from:
                      uri: direct:slow-optimize
                      steps:
                        - delay:
                            constant: %d
                        - to: direct:optimize-image
                - route:
                    id: slower-resize
                    from:
                      uri: direct:slower-resize
                      steps:
                        - delay:
                            constant: 4
                        - to: direct:resize-image
                """.formatted(SLOW_MILLIS));
        port = freePort();
        Properties properties = new Properties();
        properties.setProperty("camel.server.port", Integer.toString(port));
        properties.setProperty("stepcamel.lambda.optimize-image", "direct:slow-optimize");
        properties.setProperty("stepcamel.lambda.resize-image", "direct:slower-resize");
        properties.setProperty("stepcamel.machine.hello-express.type", "EXPRESS");
        properties.setProperty("stepcamel.data-dir", Files.createTempDirectory("stepcamel-console-data").toString());
        properties.setProperty("camel.main.shutdownTimeout", "3"); // parked executions must not hold up the exit
        app = StepcamelApplication.start(StepcamelConfig.from(properties, routes));
        // Camel Main's own exit hook waits for someone to stop it, as the run command does.
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        awaitMachines();
    }

    static synchronized ConsoleServer shared() throws Exception {
        if (shared == null) {
            shared = new ConsoleServer();
        }
        return shared;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void awaitMachines() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get("/console/api/machines");
                if (response.statusCode() == 200 && response.body().contains("image-pipeline")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the console did not answer on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
