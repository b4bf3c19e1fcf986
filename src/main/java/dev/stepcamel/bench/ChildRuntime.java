package dev.stepcamel.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The runtime under test as a child JVM, started on a data directory and killed with SIGKILL. */
final class ChildRuntime {
    private final Path work;
    private final int port;
    private final String counterUrl;
    private Process process;
    private int starts;

    ChildRuntime(Path work, int port, String counterUrl) {
        this.work = work;
        this.port = port;
        this.counterUrl = counterUrl;
    }

    /** Starts the child and returns once its API answers. */
    void start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dstepcamel.crash.counter=" + counterUrl, "-Dstepcamel.crash.task-millis=40", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), "dev.stepcamel.cli.StepcamelCommand", "run",
                "--port", String.valueOf(port), "--routes", work.resolve("routes").toString(),
                "--config", work.resolve("config").toString(), "--data", work.resolve("data").toString());
        File log = work.resolve("runtime-" + (++starts) + ".log").toFile();
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        SfnHttp sfn = new SfnHttp(port);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!sfn.answers()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the runtime did not start; see " + log);
            }
            Thread.sleep(50);
        }
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor();
        }
    }
}
