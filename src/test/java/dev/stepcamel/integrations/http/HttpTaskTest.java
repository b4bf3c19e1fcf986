package dev.stepcamel.integrations.http;

import static dev.stepcamel.integrations.IntegrationEngine.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.IntegrationEngine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP Task against a real HTTP server on 127.0.0.1. */
class HttpTaskTest {
    private static final IntegrationEngine ENGINE = new IntegrationEngine(Map.of());
    private static HttpServer server;
    private static String base;
    private static final AtomicReference<String> LAST = new AtomicReference<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            LAST.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " " + body);
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            byte[] answer = "no such thing".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String params(String more) {
        return "{\"Authentication\":{\"ConnectionArn\":\"arn:aws:events:us-east-1:123456789012:connection/c/1\"},"
                + more + "}";
    }

    @Test
    void postsJsonAndAnswersInAwsShape() throws Exception {
        Execution e = ENGINE.run(task("arn:aws:states:::http:invoke", params("\"ApiEndpoint\":\"" + base
                + "/echo\",\"Method\":\"POST\",\"Headers\":{\"X-Test\":\"yes\"},\"QueryParameters\":{\"q\":\"a b\"},"
                + "\"RequestBody\":{\"name.$\":\"$.name\"}"), null), "{\"name\":\"Ann\"}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode out = Json.parse(e.output());
        assertThat(out.path("StatusCode").asText()).isEqualTo("200");
        assertThat(out.path("StatusText").asText()).isEqualTo("OK");
        assertThat(out.path("ResponseBody")).isEqualTo(Json.parse("{\"ok\":true}"));
        assertThat(out.path("Headers").path("content-type").get(0).asText()).isEqualTo("application/json");
        assertThat(LAST.get()).isEqualTo("POST /echo?q=a+b application/json yes {\"name\":\"Ann\"}");
    }

    @Test
    void urlEncodesTheBodyWithTheChosenArrayFormat() throws Exception {
        Execution e = ENGINE.run(task("arn:aws:states:::http:invoke", params("\"ApiEndpoint\":\"" + base
                + "/echo\",\"Method\":\"PUT\",\"RequestBody\":{\"tags\":[\"a\",\"b\"],\"n\":1},"
                + "\"Transform\":{\"RequestBodyEncoding\":\"URL_ENCODED\","
                + "\"RequestEncodingOptions\":{\"ArrayFormat\":\"BRACKETS\"}}"), null), "{}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(LAST.get()).isEqualTo("PUT /echo application/x-www-form-urlencoded null "
                + "tags%5B%5D=a&tags%5B%5D=b&n=1");
    }

    @Test
    void errorStatusIsStatesHttpStatusCodeAndCatchable() throws Exception {
        String call = params("\"ApiEndpoint\":\"" + base + "/missing\",\"Method\":\"GET\"");
        Execution failed = ENGINE.run(task("arn:aws:states:::http:invoke", call, null), "{}");
        assertThat(failed.error()).isEqualTo("States.Http.StatusCode.404");
        assertThat(Json.parse(failed.cause()).path("ResponseBody").asText()).isEqualTo("no such thing");
        Execution caught = ENGINE.run(task("arn:aws:states:::http:invoke", call,
                IntegrationEngine.retryThenCatch("States.Http.StatusCode.404")), "{}");
        assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(IntegrationEngine.countOf(caught, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void unreachableServerIsStatesHttpSocket() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Execution e = ENGINE.run(task("arn:aws:states:::http:invoke", params("\"ApiEndpoint\":\"http://127.0.0.1:"
                + closed + "/x\",\"Method\":\"GET\""), null), "{}");
        assertThat(e.error()).isEqualTo("States.Http.Socket");
    }

    @Test
    void missingEndpointFailsNamingTheField() throws Exception {
        Execution e = ENGINE.run(task("arn:aws:states:::http:invoke", params("\"Method\":\"GET\""), null), "{}");
        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).contains("ApiEndpoint");
    }
}
