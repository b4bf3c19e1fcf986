package dev.stepcamel.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.runtime.MachineType;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire protocol where the SDK would hide it: error bodies, headers, the non-AWS endpoints. */
class RawProtocolTest {
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/"))
                .header("Content-Type", JsonProtocolProcessor.CONTENT_TYPE).header("X-Secret-Header", "do-not-echo")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return Shapes.MAPPER.readTree(response.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWSStepFunctions.FlyToTheMoon | {}                | UnknownOperationException",
        "                              | {}                | UnknownOperationException",
        "AWSStepFunctions.ListStateMachines | {not json    | SerializationException",
        "AWSStepFunctions.ListStateMachines | [1]          | SerializationException",
        "AWSStepFunctions.DescribeStateMachine | {}        | ValidationException",
        "AWSStepFunctions.DescribeStateMachine | {\"stateMachineArn\":5} | SerializationException"})
    void refusalsAreAwsErrorBodiesWithStatus400(String target, String body, String type) throws Exception {
        HttpResponse<String> response = post(target, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("__type").asText()).isEqualTo(type);
        assertThat(response.body()).doesNotContain("Exception:").doesNotContain("\tat ");
    }

    @Test
    void missingMemberIsReportedInAwsValidationWording() throws Exception {
        JsonNode error = json(post("AWSStepFunctions.DescribeStateMachine", "{}"));

        assertThat(error.get("message").asText()).isEqualTo("1 validation error detected: Value null at "
                + "'stateMachineArn' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void responsesCarryTheJsonContentTypeAndNoRequestHeaders() throws Exception {
        HttpResponse<String> response = post("AWSStepFunctions.ListStateMachines", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(JsonProtocolProcessor.CONTENT_TYPE);
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("X-Secret-Header")
                || h.equalsIgnoreCase("X-Amz-Target"));
    }

    @Test
    void anEngineFailureIsAnOpaqueInternalFailure() throws Exception {
        String machine = server.service.createStateMachine("broken", "{\"StartAt\":\"A\",\"States\":{}}", "role",
                MachineType.STANDARD, Map.of()).arn();
        server.engine.failStart = new IllegalStateException("secret internals");
        try {
            HttpResponse<String> response = post("AWSStepFunctions.StartExecution",
                    "{\"stateMachineArn\":\"" + machine + "\"}");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).get("__type").asText()).isEqualTo("InternalFailure");
            assertThat(response.body()).doesNotContain("secret internals");
        } finally {
            server.engine.failStart = null;
        }
    }

    @Test
    void healthAnswersUp() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri("/stepcamel/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void routesYamlIsServedForKnownMachinesAnd404Otherwise() throws Exception {
        server.service.createStateMachine("yamlish", "{\"StartAt\":\"A\",\"States\":{}}", "role",
                MachineType.STANDARD, Map.of());

        HttpResponse<String> known = HTTP.send(HttpRequest.newBuilder(server.uri("/stepcamel/routes/yamlish")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(server.uri("/stepcamel/routes/ghost")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.headers().firstValue("Content-Type")).contains("text/yaml");
        assertThat(known.body()).contains("id: yamlish-");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("__type").asText()).isEqualTo("StateMachineDoesNotExist");
    }
}
