package dev.stepcamel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's JSON API and live stream, over HTTP against the running runtime. */
class ConsoleApiTest {
    private static ConsoleServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ConsoleServer.shared();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.parse(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String startPipeline(String key) throws Exception {
        HttpResponse<String> started = server.send("POST", "/console/api/machines/image-pipeline/executions",
                "{\"input\": {\"key\": \"" + key + "\"}}");
        assertThat(started.statusCode()).isEqualTo(200);
        return json(started).path("executionArn").asText();
    }

    @Test
    void machinesAreListedWithTypeSourceAndLastExecution() throws Exception {
        startPipeline("list.gif");
        JsonNode machines = json(server.get("/console/api/machines")).path("stateMachines");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        machines.forEach(m -> byName.put(m.path("name").asText(), m));
        assertThat(byName).containsKeys("image-pipeline", "image-batch", "hello-express", "wait-and-retry");
        assertThat(byName.get("hello-express").path("type").asText()).isEqualTo("EXPRESS");
        JsonNode pipeline = byName.get("image-pipeline");
        assertThat(pipeline.path("source").asText()).isEqualTo("file");
        assertThat(pipeline.path("file").asText()).endsWith("image-pipeline.asl.json");
        assertThat(pipeline.path("lastExecution").path("executionArn").asText()).contains(":image-pipeline:");
    }

    @Test
    void aMachineComesWithItsDefinitionProblemsAndCompiledRoutes() throws Exception {
        JsonNode machine = json(server.get("/console/api/machines/image-pipeline"));
        assertThat(machine.path("definition").asText()).contains("\"StartAt\": \"Validate\"");
        assertThat(machine.path("problems").isArray()).isTrue();
        HttpResponse<String> routes = server.get("/console/api/machines/image-pipeline/routes");
        assertThat(routes.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("yaml"));
        assertThat(routes.body()).contains("- route:").contains("Validate");
        assertThat(server.get("/console/api/machines/no-such-machine").statusCode()).isEqualTo(400);
    }

    @Test
    void validationNamesTheStateAndLineOfEachProblem() throws Exception {
        String definition = """
                {
                  "StartAt": "First",
                  "States": {
                    "First": {"Type": "Pass", "Next": "Second"},
                    "Second": {
                      "Type": "Task",
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                      "Next": "Nowhere"
                    }
                  }
                }
                """;
        JsonNode result = json(server.send("POST", "/console/api/validate", definition));
        assertThat(result.path("ok").asBoolean()).isFalse();
        JsonNode problem = result.path("problems").get(0);
        assertThat(problem.path("state").asText()).isEqualTo("Second");
        assertThat(problem.path("location").asText()).isEqualTo("/States/Second/Next");
        assertThat(problem.path("line").asInt()).isEqualTo(8);
    }

    @Test
    void savingAFileBackedMachineSaysTheFileIsUnchanged() throws Exception {
        String definition = json(server.get("/console/api/machines/wait-and-retry")).path("definition").asText();
        HttpResponse<String> saved = server.send("PUT", "/console/api/machines/wait-and-retry",
                Json.write(Json.MAPPER.createObjectNode().put("definition", definition)));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).path("notice").asText()).contains("wait-and-retry.asl.json is unchanged");
    }

    @Test
    void savingCreatesAMachineAndRefusesAnInvalidDefinition() throws Exception {
        String good = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        JsonNode created = json(server.send("PUT", "/console/api/machines/console-created",
                Json.write(Json.MAPPER.createObjectNode().put("definition", good))));
        assertThat(created.path("created").asBoolean()).isTrue();
        assertThat(created.path("source").asText()).isEqualTo("api");
        assertThat(created.has("notice")).isFalse();
        HttpResponse<String> bad = server.send("PUT", "/console/api/machines/console-created",
                Json.write(Json.MAPPER.createObjectNode().put("definition", "{\"StartAt\": \"Missing\", \"States\": {}}")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("__type").asText()).isEqualTo("InvalidDefinition");
    }

    @Test
    void aFailedExecutionShowsItsFailedStateAndError() throws Exception {
        String arn = startPipeline("cat.gif");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !json(server.get("/console/api/execution?executionArn=" + encode(arn))).path("status").asText()
                        .equals("RUNNING"));
        JsonNode execution = json(server.get("/console/api/execution?executionArn=" + encode(arn)));
        assertThat(execution.path("status").asText()).isEqualTo("FAILED");
        assertThat(execution.path("error").asText()).isEqualTo("ImageRejected");
        JsonNode rejected = execution.path("states").path("Rejected");
        assertThat(rejected.path("status").asText()).isEqualTo("failed");
        assertThat(rejected.path("error").asText()).isEqualTo("ImageRejected");
        assertThat(rejected.path("cause").asText()).isEqualTo("cat.gif is not a JPEG, PNG or WebP image");
        assertThat(execution.path("states").path("Validate").path("status").asText()).isEqualTo("succeeded");
        assertThat(execution.path("states").has("Process")).isFalse();
        assertThat(execution.path("events").get(0).path("type").asText()).isEqualTo("ExecutionStarted");
    }

    @Test
    void theLiveStreamSendsNewEventsAndChangedStatesUntilTheExecutionEnds() throws Exception {
        String arn = startPipeline("live.jpg");
        HttpResponse<InputStream> response = server.http.send(HttpRequest.newBuilder(
                URI.create(server.url("/console/api/executions/stream?executionArn=" + encode(arn)))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        List<JsonNode> messages = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.equals("event: end")) {
                if (line.startsWith("data: ")) {
                    messages.add(Json.parse(line.substring(6)));
                }
            }
            assertThat(line).isEqualTo("event: end");
        }
        // The optimize step is slow, so the run arrives in more than one message: first running...
        assertThat(messages.size()).isGreaterThan(1);
        assertThat(messages.get(0).path("execution").path("status").asText()).isEqualTo("RUNNING");
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.path("execution").path("status").asText()).isEqualTo("SUCCEEDED");
        List<String> types = new ArrayList<>();
        messages.forEach(m -> m.path("events").forEach(e -> types.add(e.path("type").asText())));
        assertThat(types.get(0)).isEqualTo("ExecutionStarted");
        assertThat(types.get(types.size() - 1)).isEqualTo("ExecutionSucceeded");
        assertThat(messages.stream().anyMatch(m -> m.path("states").path("Optimize").path("status").asText()
                .equals("running"))).isTrue();
        assertThat(last.path("states").path("Notify").path("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void tenThousandExecutionsArePagedQuickly() throws Exception {
        StepFunctionsService service = server.app.service();
        String arn = service.createStateMachine("console-many",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}",
                "arn:aws:iam::123456789012:role/test", MachineType.STANDARD, Map.of()).arn();
        List<Execution> started = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            started.add(service.startExecution(arn, "run-" + i, "{}", null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> started.stream().noneMatch(Execution::isRunning));

        json(server.get("/console/api/executions?machine=console-many&limit=50")); // warm up
        long begin = System.nanoTime();
        JsonNode last = json(server.get("/console/api/executions?machine=console-many&offset=9950&limit=50"));
        long millis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(last.path("total").asInt()).isEqualTo(10_000);
        assertThat(last.path("executions").size()).isEqualTo(50);
        assertThat(last.path("executions").get(49).path("name").asText()).isEqualTo("run-0");
        assertThat(millis).as("ms for the last page of 10,000").isLessThan(1000);

        JsonNode all = json(server.get("/console/api/executions?limit=20&status=SUCCEEDED"));
        assertThat(all.path("total").asInt()).isGreaterThanOrEqualTo(10_000);
        assertThat(all.path("executions").size()).isEqualTo(20);
        String future = encode(java.time.Instant.now().plusSeconds(3600).toString());
        assertThat(json(server.get("/console/api/executions?machine=console-many&after=" + future)).path("total")
                .asInt()).isZero();
        assertThat(server.get("/console/api/executions?status=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void aRunningExecutionCanBeStopped() throws Exception {
        HttpResponse<String> started = server.send("POST", "/console/api/machines/wait-and-retry/executions",
                "{\"input\": \"{\\\"delaySeconds\\\": 2}\"}");
        String arn = json(started).path("executionArn").asText();
        HttpResponse<String> stopped = server.send("POST", "/console/api/execution/stop?executionArn=" + encode(arn),
                "{\"error\": \"Console\", \"cause\": \"stopped by a test\"}");
        assertThat(json(stopped).path("status").asText()).isEqualTo("ABORTED");
        JsonNode execution = json(server.get("/console/api/execution?executionArn=" + encode(arn)));
        assertThat(execution.path("states").path("WaitForStart").path("status").asText()).isEqualTo("failed");
        assertThat(execution.path("error").asText()).isEqualTo("Console");
    }

    @Test
    void changesMustBeJsonFromTheConsolesOwnOrigin() throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.url("/console/api/machines/image-pipeline/executions")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"input\": {}}"));
        HttpResponse<String> plain = server.http.send(post.header("Content-Type", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(403);
        HttpResponse<String> foreign = server.http.send(HttpRequest.newBuilder(URI.create(server.url(
                "/console/api/machines/image-pipeline/executions"))).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(json(foreign).path("__type").asText()).isEqualTo("AccessDeniedException");
    }

    @Test
    void thePageAndItsLibrariesAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = server.get("/console");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/console/vendor/dagre.min.js").contains("/console/assets/app.js");
        assertThat(server.get("/console/vendor/dagre.min.js").body()).contains("graphlib");
        assertThat(server.get("/console/assets/graph.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(server.get("/console/assets/nothing.js").statusCode()).isEqualTo(404);
    }
}
