package dev.stepcamel.integrations.aws;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A real moto_server on 127.0.0.1 and a free port, started once per test JVM by the first test
 * that needs it and stopped when the JVM exits. Tests are skipped, with a message saying what to
 * install, when {@code moto_server} is not on the PATH.
 */
public final class MotoServer {
    private static MotoServer shared;
    private static String unavailable;

    private final Process process;
    private final String endpoint;

    private MotoServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The shared server; skips the calling test when moto_server cannot be started. */
    public static synchronized MotoServer get() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
            } catch (IOException | InterruptedException e) {
                unavailable = e.getMessage();
                // Surefire shows a class skipped in @BeforeAll as 0 tests run; say why once, in the build log.
                System.err.println("SKIPPED: the tests against AWS-compatible servers need moto_server on the PATH"
                        + " (pip install 'moto[server]'): " + unavailable);
            }
        }
        Assumptions.assumeTrue(shared != null, () -> "Skipped: needs moto_server on the PATH (pip install "
                + "'moto[server]'); " + unavailable);
        return shared;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Forgets every resource (moto's state is global to the process). */
    public void reset() throws IOException {
        request("POST", "/moto-api/reset");
    }

    /** Sets moto's configuration, e.g. {@code {"lambda":{"use_docker":false}}}. */
    public void configure(String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + "/moto-api/config").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        c.getInputStream().close();
    }

    /** moto's view of what it holds, e.g. the emails SES sent. */
    public String data() throws IOException {
        return request("GET", "/moto-api/data.json");
    }

    private String request(String method, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + path).toURL().openConnection();
        c.setRequestMethod(method);
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static MotoServer start() throws IOException, InterruptedException {
        String executable = findOnPath("moto_server");
        if (executable == null) {
            throw new IOException("moto_server was not found on the PATH");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("moto", ".log");
        Process process = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        MotoServer server = new MotoServer(process, "http://127.0.0.1:" + port);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("moto_server exited: " + Files.readString(log));
            }
            try {
                server.request("GET", "/moto-api/");
                return server;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IOException("moto_server did not answer within 20 s");
    }

    private static String findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
