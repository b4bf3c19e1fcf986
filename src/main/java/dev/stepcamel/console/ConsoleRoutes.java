package dev.stepcamel.console;

import static dev.stepcamel.console.ConsoleHttp.guarded;
import static dev.stepcamel.console.ConsoleHttp.intQuery;
import static dev.stepcamel.console.ConsoleHttp.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.console.ConsoleHttp.Reply;
import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** The console's Camel routes on platform-http: the page, its files, and the JSON API. */
final class ConsoleRoutes extends RouteBuilder {
    private final ConsoleAuth auth;
    private final MachineViews machines;
    private final ExecutionViews executions;

    ConsoleRoutes(ConsoleAuth auth, MachineViews machines, ExecutionViews executions) {
        this.auth = auth;
        this.machines = machines;
        this.executions = executions;
    }

    @Override
    public void configure() {
        page("/console", ex -> asset("", "index.html"));
        page("/console/assets/{file}", ex -> asset("assets", ex.getMessage().getHeader("file", String.class)));
        page("/console/vendor/{file}", ex -> asset("vendor", ex.getMessage().getHeader("file", String.class)));

        api("/console/api/machines", "GET", ex -> Reply.json(machines.list()));
        api("/console/api/machines/{name}", "GET,PUT", ex -> method(ex).equals("PUT")
                ? Reply.json(machines.save(name(ex), body(ex)))
                : Reply.json(machines.describe(name(ex))));
        api("/console/api/machines/{name}/routes", "GET",
                ex -> new Reply(200, "text/yaml; charset=utf-8", machines.routes(name(ex))));
        api("/console/api/machines/{name}/executions", "POST",
                ex -> Reply.json(executions.start(name(ex), body(ex))));
        api("/console/api/validate", "POST", ex -> Reply.json(machines.validate(text(ex))));
        api("/console/api/executions", "GET", ex -> Reply.json(executions.list(query(ex, "machine"),
                query(ex, "status"), query(ex, "after"), query(ex, "before"),
                intQuery(ex, "offset", 0, 0, Integer.MAX_VALUE), intQuery(ex, "limit", 50, 1, 500))));
        api("/console/api/execution", "GET", ex -> Reply.json(executions.describe(arn(ex))));
        api("/console/api/execution/stop", "POST", ex -> Reply.json(executions.stop(arn(ex), body(ex))));
        api("/console/api/execution/redrive", "POST", ex -> Reply.json(executions.redrive(arn(ex))));
    }

    private void page(String path, ConsoleHttp.Handler handler) {
        from("platform-http:" + path + "?httpMethodRestrict=GET").routeId(routeId(path))
                .process(guarded(auth, ex -> {
                    Reply reply = handler.handle(ex);
                    return reply != null ? reply
                            : new Reply(404, "text/plain; charset=utf-8", "Not found");
                }));
    }

    private void api(String path, String methods, ConsoleHttp.Handler handler) {
        from("platform-http:" + path + "?httpMethodRestrict=" + methods).routeId(routeId(path))
                .convertBodyTo(String.class)
                .process(guarded(auth, handler));
    }

    private static String routeId(String path) {
        return "stepcamel" + path.replace("/", "-").replace("{", "").replace("}", "");
    }

    private static Reply asset(String dir, String file) throws java.io.IOException {
        return StaticAssets.read(dir, file);
    }

    private static String method(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class);
    }

    private static String name(Exchange exchange) {
        return exchange.getMessage().getHeader("name", String.class);
    }

    private static String arn(Exchange exchange) {
        String arn = query(exchange, "executionArn");
        if (arn == null) {
            throw new IllegalArgumentException("'executionArn' is required");
        }
        return arn;
    }

    private static String text(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        return body == null ? "" : body;
    }

    private static JsonNode body(Exchange exchange) {
        String body = text(exchange);
        if (body.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode node = Json.parse(body);
            if (!node.isObject()) {
                throw new IllegalArgumentException("the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException("SerializationException", "the request body is not JSON: "
                    + e.getOriginalMessage(), 400);
        }
    }
}
