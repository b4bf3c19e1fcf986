package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal Step Functions JSON 1.0 client for the crash check (no SDK in the runtime jar). */
final class SfnHttp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;

    SfnHttp(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Calls {@code action}; returns the answer, or throws with AWS's error when it is not a 200. */
    JsonNode call(String action, ObjectNode request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + action)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(action + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.parse(answer.body());
    }

    /** Whether the API answers at all (the runtime is up). */
    boolean answers() {
        try {
            call("ListStateMachines", Json.MAPPER.createObjectNode());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
