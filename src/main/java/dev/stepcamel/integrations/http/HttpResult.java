package dev.stepcamel.integrations.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.Json;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The HTTP Task's result as AWS gives it: {@code Headers} (lists of values), {@code ResponseBody}
 * (parsed when JSON), {@code StatusCode} and {@code StatusText}. A status outside 2xx fails the
 * task with {@code States.Http.StatusCode.<nnn>} and that result as the cause; no answer at all is
 * {@code States.Http.Socket}.
 */
final class HttpResult implements Processor {
    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        int status = m.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        ObjectNode result = Json.MAPPER.createObjectNode();
        ObjectNode headers = result.putObject("Headers");
        for (Map.Entry<String, Object> h : m.getHeaders().entrySet()) {
            if (!h.getKey().startsWith("Camel") && !h.getKey().startsWith("camel")) {
                var values = headers.putArray(h.getKey().toLowerCase(java.util.Locale.ROOT));
                if (h.getValue() instanceof Iterable<?> many) {
                    many.forEach(v -> values.add(String.valueOf(v)));
                } else {
                    values.add(String.valueOf(h.getValue()));
                }
            }
        }
        result.set("ResponseBody", body(m.getBody(String.class)));
        result.put("StatusCode", String.valueOf(status));
        result.put("StatusText", m.getHeader(Exchange.HTTP_RESPONSE_TEXT, "", String.class));
        m.getHeaders().clear();
        if (status < 200 || status > 299) {
            throw new AslException("States.Http.StatusCode." + status, Json.write(result));
        }
        m.setBody(result);
    }

    private static JsonNode body(String text) {
        if (text == null || text.isEmpty()) {
            return TextNode.valueOf("");
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(text);
        }
    }

    /** The server could not be reached or did not answer. */
    static void socketError(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        throw new AslException("States.Http.Socket", cause == null ? "" : cause.getClass().getSimpleName() + ": "
                + cause.getMessage());
    }
}
