package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The crash check's task handler, called as a bean from a YAML route of the runtime under test:
 * it reports each call to the counting server named by the {@code stepcamel.crash.counter}
 * system property (a side effect outside the runtime), with the task token when the input has
 * one (a {@code .waitForTaskToken} request, which that server answers through the API), then
 * answers with its key.
 */
public final class SideEffectClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public String hit(String body) throws Exception {
        JsonNode input = Json.parse(body);
        String key = input.path("key").asText();
        String token = input.path("token").asText(null);
        URI uri = URI.create(System.getProperty("stepcamel.crash.counter") + "/hit?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + (token == null ? "" : "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("counter answered " + answer.statusCode());
        }
        Thread.sleep(Long.getLong("stepcamel.crash.task-millis", 5)); // widens the window a kill can hit
        return Json.write(Json.MAPPER.createObjectNode().put("key", key).put("done", true));
    }
}
