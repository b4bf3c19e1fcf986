package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.BranchScope;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;

/** Typed access to what the compiled routes keep on an exchange. */
public final class Steps {
    private Steps() {
    }

    public static ExecutionRun run(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.RUN, ExecutionRun.class);
    }

    public static StateVisit visit(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.VISIT, StateVisit.class);
    }

    public static BranchScope scope(Exchange exchange) {
        BranchScope scope = exchange.getProperty(ExchangeKeys.SCOPE, BranchScope.class);
        return scope == null ? BranchScope.TOP : scope;
    }

    public static JsonNode body(Exchange exchange) {
        JsonNode body = exchange.getMessage().getBody(JsonNode.class);
        return body == null ? NullNode.getInstance() : body;
    }

    public static void setBody(Exchange exchange, JsonNode body) {
        exchange.getMessage().setBody(body);
    }

    public static JsonNode stateInput(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.STATE_INPUT, JsonNode.class);
    }

    /** Records an event; {@code details} is built only when the execution keeps history. */
    static long record(Exchange exchange, String type, java.util.function.Consumer<ObjectNode> details) {
        ExecutionRun run = run(exchange);
        if (run == null) {
            return 0;
        }
        ObjectNode node = null;
        if (details != null && run.keepsHistory()) {
            node = Json.MAPPER.createObjectNode();
            details.accept(node);
        }
        return run.record(type, node);
    }

    static ObjectNode truncatedFalse() {
        return Json.MAPPER.createObjectNode().put("truncated", false);
    }
}
