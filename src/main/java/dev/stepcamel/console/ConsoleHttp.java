package dev.stepcamel.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Writes console responses and turns refusals into AWS-style JSON errors. */
final class ConsoleHttp {
    static final String JSON = "application/json";

    private ConsoleHttp() {
    }

    /** A handler that reads the request and returns the response; it may throw {@link ApiException}. */
    interface Handler {
        Reply handle(Exchange exchange) throws Exception;
    }

    record Reply(int status, String contentType, Object body) {
        static Reply json(JsonNode node) {
            return new Reply(200, JSON, Json.write(node));
        }
    }

    /** Wraps {@code handler} with the login check and error translation. */
    static Processor guarded(ConsoleAuth auth, Handler handler) {
        return exchange -> {
            Message in = exchange.getMessage();
            if (!auth.hostAllowed(in.getHeader("Host", String.class))) {
                write(exchange, new Reply(403, JSON, error("AccessDeniedException",
                        "The console answers to loopback names only (127.0.0.1, localhost).")));
                return;
            }
            if (!auth.allows(in.getHeader("Authorization", String.class))) {
                write(exchange, new Reply(401, JSON, error("AccessDeniedException", "Log in to use the console.")));
                exchange.getMessage().setHeader("WWW-Authenticate", ConsoleAuth.CHALLENGE);
                return;
            }
            String refusal = crossSiteRefusal(in);
            if (refusal != null) {
                write(exchange, new Reply(403, JSON, error("AccessDeniedException", refusal)));
                return;
            }
            Reply reply;
            try {
                reply = handler.handle(exchange);
            } catch (ApiException e) {
                reply = new Reply(e.httpStatus(), JSON, error(e.type(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                reply = new Reply(400, JSON, error("ValidationException", e.getMessage()));
            }
            write(exchange, reply);
        };
    }

    /**
     * Why a request that changes something is refused, or {@code null}: it must be JSON (which a
     * page of another site cannot send without asking first) and, when the browser names the page's
     * origin, come from the console's own.
     */
    static String crossSiteRefusal(Message in) {
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        if (method == null || method.equals("GET") || method.equals("HEAD")) {
            return null;
        }
        String type = in.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(JSON)) {
            return "Send the request body as " + JSON + ".";
        }
        String origin = in.getHeader("Origin", String.class);
        String host = in.getHeader("Host", String.class);
        if (origin != null && (host == null || !origin.replaceFirst("^https?://", "").equals(host))) {
            return "Requests from another site's pages are refused.";
        }
        return null;
    }

    static String error(String type, String message) {
        return Json.write(Json.MAPPER.createObjectNode().put("__type", type).put("message", message));
    }

    static void write(Exchange exchange, Reply reply) {
        Message message = exchange.getMessage();
        message.getHeaders().clear(); // platform-http echoes every header back otherwise
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        message.setHeader(Exchange.CONTENT_TYPE, reply.contentType());
        message.setHeader("Cache-Control", "no-store");
        message.setBody(reply.body());
    }

    static String query(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static int intQuery(Exchange exchange, String name, int fallback, int min, int max) {
        String value = query(exchange, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
