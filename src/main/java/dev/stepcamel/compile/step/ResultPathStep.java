package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.ReferencePath;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Combines the state's raw input with its result: the result replaces the input ({@code $}),
 * lands at a path inside it, or is dropped ({@code null}).
 */
public final class ResultPathStep implements Processor {
    private final ReferencePath path;

    public ResultPathStep(String path) {
        this.path = path == null ? null : ReferencePath.compile(path);
    }

    @Override
    public void process(Exchange exchange) {
        Steps.setBody(exchange, apply(exchange, path, Steps.body(exchange)));
    }

    static JsonNode apply(Exchange exchange, ReferencePath path, JsonNode result) {
        JsonNode input = Steps.stateInput(exchange);
        if (path == null) {
            return input;
        }
        if (path.isRoot()) {
            return result;
        }
        JsonNode merged = path.write(input, result);
        if (merged == null) {
            throw StateErrors.of(exchange, ErrorNames.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath \""
                    + path.text() + "\" to input \"" + Json.write(input) + "\"");
        }
        return merged;
    }

    @Override
    public String toString() {
        return "ResultPath[" + (path == null ? "null" : path.text()) + "]";
    }
}
