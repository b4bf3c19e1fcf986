package dev.stepcamel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line as scripts use it: exit statuses and what is printed. The {@code routes} output
 * is pinned by golden files; regenerate them with {@code -Dstepcamel.golden.update=true} and review the diff.
 */
class CommandLineTest {
    private static final Path SHIPPED_ROUTES = Path.of("routes");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("stepcamel.golden.update");

    @TempDir
    static Path emptyConfig;

    record Run(int status, String out, String err) {}

    @Test
    void validateExitsZeroWhenEveryFileIsValid() throws IOException {
        List<Path> shipped = workflowsIn(SHIPPED_ROUTES).toList();
        assertThat(shipped).isNotEmpty();
        Run run = run(Stream.concat(Stream.of("validate"), shipped.stream().map(Path::toString)).toArray(String[]::new));
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(shipped.size()).allMatch(line -> line.endsWith(": OK"));
    }

    @Test
    void validateNamesFileStateAndFieldOfEveryProblem(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.asl.json"),
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
        Path bad = Files.writeString(dir.resolve("bad.asl.json"), """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "Missing"},
                  "B": {"Type": "Wait", "Seconds": 1, "Timestamp": "2026-01-01T00:00:00Z", "End": true}}}
                """);

        Run run = run("validate", good.toString(), bad.toString(), dir.resolve("absent.asl.json").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(good + ": OK")
                .contains("/States/A/Next").contains("Missing")
                .contains("/States/B")
                .contains("absent.asl.json: no such file")
                .doesNotContain("Exception");
    }

    @Test
    void routesOfAnUnknownWorkflowFailsWithAMessage() {
        Run run = run("routes", "no-such-machine", "--routes", SHIPPED_ROUTES.toString(),
                "--config", emptyConfig.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no workflow").contains("no-such-machine");
    }

    @Test
    void runWithoutItsRoutesDirectoryFailsWithAMessage(@TempDir Path dir) {
        Run run = run("run", "--routes", dir.resolve("absent").toString(), "--config", emptyConfig.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("routes directory").contains("absent").doesNotContain("Exception");
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("run").contains("validate").contains("routes");
    }

    static Stream<Path> goldenCases() throws IOException {
        return Stream.concat(workflowsIn(SHIPPED_ROUTES), workflowsIn(GOLDEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void compiledRoutesMatchTheirGoldenFile(Path workflow) throws IOException {
        String name = workflow.getFileName().toString().replace(".asl.json", "");
        Run run = run("routes", name, "--routes", workflow.getParent().toString(), "--config", emptyConfig.toString());
        assertThat(run.status()).as(run.err()).isZero();

        Path golden = GOLDEN.resolve(name + ".routes.yaml");
        if (UPDATE) {
            Files.writeString(golden, run.out());
        }
        assertThat(golden).as("golden file; create it with -Dstepcamel.golden.update=true").exists();
        assertThat(run.out()).isEqualTo(Files.readString(golden));
    }

    private static Stream<Path> workflowsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.toString().endsWith(".asl.json")).sorted().toList().stream();
        }
    }

    /** Runs the command line in this JVM, capturing the streams the commands print to. */
    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = new CommandLine(new StepcamelCommand()).execute(args);
            return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
