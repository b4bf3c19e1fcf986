package dev.stepcamel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepcamel.config.ConfigLoader;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * The whole runtime as the README's run command starts it (the shipped {@code config/} and
 * {@code routes/}, on a free port), driven by the AWS SDK and the AWS CLI: the compiled routes, the
 * handlers written as Camel routes, and the API together.
 */
class ShippedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StepcamelApplication app;
    private static SfnClient sfn;
    private static String endpoint;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = StepcamelApplication.start(ConfigLoader.load(Path.of("config"), Path.of("routes"),
                Map.of("camel.server.port", Integer.toString(port),
                        "stepcamel.data-dir", Files.createTempDirectory("stepcamel-examples").toString())));
        endpoint = "http://127.0.0.1:" + port;
        sfn = SfnClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    @AfterAll
    static void stop() {
        if (sfn != null) {
            sfn.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyShippedWorkflowLoads() {
        assertThat(app.loadProblems()).isEmpty();
        assertThat(sfn.listStateMachines(r -> {}).stateMachines())
                .extracting(m -> m.name())
                .contains("image-pipeline", "image-batch", "hello-express", "wait-and-retry");
    }

    @Test
    void imagePipelineProcessesAValidImage() throws Exception {
        DescribeExecutionResponse done = run("image-pipeline", "{\"key\":\"cat.jpg\"}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = JSON.readTree(done.output());
        assertThat(output.toString()).contains("resized/cat.jpg").contains("filtered/cat.jpg")
                .contains("optimized/cat.jpg");
        assertThat(history(done.executionArn())).contains(HistoryEventType.PARALLEL_STATE_STARTED,
                HistoryEventType.CHOICE_STATE_EXITED, HistoryEventType.TASK_SUCCEEDED,
                HistoryEventType.EXECUTION_SUCCEEDED);
    }

    @Test
    void imagePipelineRejectsWhatIsNotAnImage() throws Exception {
        DescribeExecutionResponse done = run("image-pipeline", "{\"key\":\"notes.txt\"}");

        assertThat(history(done.executionArn())).doesNotContain(HistoryEventType.PARALLEL_STATE_STARTED);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("ImageRejected");
        assertThat(done.cause()).isEqualTo("notes.txt is not a JPEG, PNG or WebP image");
    }

    @Test
    void imageBatchMapsEveryImageInOrder() throws Exception {
        DescribeExecutionResponse done = run("image-batch",
                "{\"bucket\":\"photos\",\"images\":[\"a.jpg\",\"b.png\",\"c.jpg\",\"d.jpg\",\"e.jpg\",\"f.jpg\",\"g.jpg\"]}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = JSON.readTree(done.output());
        assertThat(output.get("count").asInt()).isEqualTo(7);
        assertThat(output.get("results").findValuesAsText("key"))
                .containsExactly("a.jpg", "b.png", "c.jpg", "d.jpg", "e.jpg", "f.jpg", "g.jpg");
    }

    @Test
    void helloExpressAnswersSynchronously() throws Exception {
        String arn = machineArn("hello-express");
        StartSyncExecutionResponse done = sfn.startSyncExecution(r -> r.stateMachineArn(arn)
                .input("{\"name\":\"Camel\",\"count\":3}"));

        assertThat(done.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("\"Hello, Camel!\"");
    }

    @Test
    void routesOfAMachineArePrintedOverHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(endpoint + "/stepcamel/routes/image-pipeline")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("- route:").contains("multicast").contains("choice");
    }

    @Test
    void theAwsCliDemoScriptRunsAgainstTheRuntime() throws Exception {
        assumeThat(onPath("aws")).as("the AWS CLI ('aws') is not installed; skipping the CLI demo").isTrue();
        Process process = new ProcessBuilder("bash", "scripts/aws-cli-demo.sh", endpoint)
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).as("the script ended").isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("\"status\": \"SUCCEEDED\"").contains("ExecutionSucceeded").endsWith("OK\n");
    }

    private static DescribeExecutionResponse run(String machine, String input) throws InterruptedException {
        String arn = sfn.startExecution(r -> r.stateMachineArn(machineArn(machine)).input(input)).executionArn();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(arn));
        while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            described = sfn.describeExecution(r -> r.executionArn(arn));
        }
        return described;
    }

    private static List<HistoryEventType> history(String executionArn) {
        return sfn.getExecutionHistory(r -> r.executionArn(executionArn)).events().stream()
                .map(HistoryEvent::type).toList();
    }

    private static String machineArn(String name) {
        return "arn:aws:states:us-east-1:123456789012:stateMachine:" + name;
    }

    private static boolean onPath(String command) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
