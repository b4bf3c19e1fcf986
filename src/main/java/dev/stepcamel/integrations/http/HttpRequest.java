package dev.stepcamel.integrations.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Builds the HTTP request from an HTTP Task's Parameters as AWS does: {@code ApiEndpoint} and
 * {@code Method} (required), {@code QueryParameters}, {@code Headers}, {@code RequestBody} (JSON
 * unless {@code Transform.RequestBodyEncoding} is {@code URL_ENCODED}, with its
 * {@code RequestEncodingOptions.ArrayFormat}). {@code Authentication.ConnectionArn} is accepted;
 * no EventBridge connection is consulted locally.
 */
final class HttpRequest implements Processor {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    @Override
    public void process(Exchange exchange) throws Exception {
        JsonNode p = Json.parse(exchange.getMessage().getBody(String.class));
        String endpoint = p.path("ApiEndpoint").asText(null);
        String method = p.path("Method").asText("").toUpperCase(Locale.ROOT);
        if (endpoint == null || !METHODS.contains(method)) {
            throw new AslException("States.Runtime", "The Parameters '" + Json.write(p) + "' could not be used to "
                    + "start the Task: [" + (endpoint == null ? "The field \"ApiEndpoint\" is required"
                            : "The field \"Method\" must be one of " + METHODS) + "]");
        }
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        m.setHeader(Exchange.HTTP_URI, endpoint);
        m.setHeader(Exchange.HTTP_METHOD, method);
        String query = FormEncoding.encode(p.path("QueryParameters"), "REPEAT");
        if (!query.isEmpty()) {
            m.setHeader(Exchange.HTTP_QUERY, query);
        }
        p.path("Headers").fields().forEachRemaining(h -> m.setHeader(h.getKey(), h.getValue().asText()));
        JsonNode body = p.get("RequestBody");
        if (body == null || method.equals("GET") || method.equals("HEAD")) {
            m.setBody(null);
            return;
        }
        JsonNode transform = p.path("Transform");
        if ("URL_ENCODED".equals(transform.path("RequestBodyEncoding").asText())) {
            m.setBody(body.isTextual() ? body.asText() : FormEncoding.encode(body,
                    transform.path("RequestEncodingOptions").path("ArrayFormat").asText("INDICES")));
            m.setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
        } else {
            m.setBody(body.isTextual() ? body.asText() : Json.write(body));
            if (m.getHeader(Exchange.CONTENT_TYPE) == null) {
                m.setHeader(Exchange.CONTENT_TYPE, "application/json");
            }
        }
    }

    /** application/x-www-form-urlencoded with AWS's array formats (INDICES, REPEAT, COMMAS, BRACKETS). */
    static final class FormEncoding {
        private FormEncoding() {
        }

        static String encode(JsonNode object, String arrayFormat) {
            List<String> pairs = new ArrayList<>();
            object.fields().forEachRemaining(e -> add(pairs, e.getKey(), e.getValue(), arrayFormat));
            return String.join("&", pairs);
        }

        private static void add(List<String> pairs, String key, JsonNode value, String arrayFormat) {
            if (!value.isArray()) {
                pairs.add(enc(key) + "=" + enc(value.isValueNode() ? value.asText() : Json.write(value)));
                return;
            }
            if (arrayFormat.equals("COMMAS")) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                pairs.add(enc(key) + "=" + enc(String.join(",", items)));
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                String name = switch (arrayFormat) {
                    case "REPEAT" -> key;
                    case "BRACKETS" -> key + "[]";
                    default -> key + "[" + i + "]";
                };
                pairs.add(enc(name) + "=" + enc(value.get(i).asText()));
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
