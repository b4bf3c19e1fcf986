package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** A Pass state's {@code Result}: a fixed value that stands in for a task's result. */
public final class ResultStep implements Processor {
    private final JsonNode result;

    public ResultStep(JsonNode result) {
        this.result = result;
    }

    @Override
    public void process(Exchange exchange) {
        Steps.setBody(exchange, result);
    }

    @Override
    public String toString() {
        return "Result";
    }
}
