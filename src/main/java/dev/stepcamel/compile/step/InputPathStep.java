package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Selects part of the data with a path: InputPath, OutputPath and ItemsPath all work this way.
 * A {@code null} path (JSON null in ASL) yields {@code {}}.
 */
public final class InputPathStep implements Processor {
    private final String field;
    private final JsonPathExpression path;

    public InputPathStep(String field, String path) {
        this.field = field;
        this.path = path == null ? null : JsonPathExpression.compile(path);
    }

    @Override
    public void process(Exchange exchange) {
        if (path == null) {
            Steps.setBody(exchange, Json.MAPPER.createObjectNode());
            return;
        }
        JsonNode input = Steps.body(exchange);
        StateEvaluationContext ctx = new StateEvaluationContext(exchange);
        JsonNode selected = path.evaluate(input, ctx);
        if (selected == null) {
            JsonNode document = path.isContextPath() ? ctx.contextObject() : input;
            throw StateErrors.runtime(exchange, "Invalid path '" + path.text() + "' : " + path.missingReason(document));
        }
        Steps.setBody(exchange, selected);
    }

    @Override
    public String toString() {
        return field + "[" + (path == null ? "null" : path.text()) + "]";
    }
}
