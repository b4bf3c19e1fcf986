package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.model.FailState;
import dev.stepcamel.data.JsonPathExpression;
import org.apache.camel.Exchange;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Processor;

/** A Fail state: raises its Error and Cause (literal or from a path) as an ASL error. */
public final class FailStep implements Processor {
    private final FailState state;
    private final JsonPathExpression errorPath;
    private final JsonPathExpression causePath;

    private final JsonataField errorExpression;
    private final JsonataField causeExpression;

    public FailStep(FailState state) {
        this.state = state;
        this.errorExpression = JsonataField.of("Error", expression(state, "Error"));
        this.causeExpression = JsonataField.of("Cause", expression(state, "Cause"));
        this.errorPath = state.errorPath() == null ? null : JsonPathExpression.compile(state.errorPath());
        this.causePath = state.causePath() == null ? null : JsonPathExpression.compile(state.causePath());
    }

    @Override
    public void process(Exchange exchange) {
        String error = errorExpression != null ? errorExpression.text(exchange)
                : errorPath == null ? state.error() : read(exchange, errorPath);
        String cause = causeExpression != null ? causeExpression.text(exchange)
                : causePath == null ? state.cause() : read(exchange, causePath);
        throw new AslException(error, cause);
    }

    private static JsonNode expression(FailState state, String field) {
        if (!state.dataFlow().isJsonata()) {
            return null;
        }
        JsonNode value = state.dataFlow().jsonata().value(field);
        return JsonataTemplate.isExpression(value) ? value : null;
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
