package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.model.FailState;
import dev.stepcamel.data.JsonPathExpression;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** A Fail state: raises its Error and Cause (literal or from a path) as an ASL error. */
public final class FailStep implements Processor {
    private final FailState state;
    private final JsonPathExpression errorPath;
    private final JsonPathExpression causePath;

    public FailStep(FailState state) {
        this.state = state;
        this.errorPath = state.errorPath() == null ? null : JsonPathExpression.compile(state.errorPath());
        this.causePath = state.causePath() == null ? null : JsonPathExpression.compile(state.causePath());
    }

    @Override
    public void process(Exchange exchange) {
        String error = errorPath == null ? state.error() : read(exchange, errorPath);
        String cause = causePath == null ? state.cause() : read(exchange, causePath);
        throw new AslException(error, cause);
    }

    private static String read(Exchange exchange, JsonPathExpression path) {
        JsonNode value = path.evaluate(Steps.body(exchange), new StateEvaluationContext(exchange));
        if (value == null) {
            throw StateErrors.runtime(exchange, "Invalid path '" + path.text() + "' : "
                    + path.missingReason(Steps.body(exchange)));
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    @Override
    public String toString() {
        return "Fail[" + state.name() + "]";
    }
}
