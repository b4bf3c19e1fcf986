package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.data.JsonPathExpression;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Exchange;

/**
 * A Task's {@code TimeoutSeconds}/{@code TimeoutSecondsPath} or
 * {@code HeartbeatSeconds}/{@code HeartbeatSecondsPath}: a fixed number, a path read from the
 * state's input (as AWS reads it, not from the Parameters built), or in a JSONata state a
 * {@code {% ... %}} expression.
 */
final class TaskSeconds {
    private final String field;
    private final Integer fixed;
    private final JsonPathExpression path;
    private final JsonataField expression;

    private TaskSeconds(String field, Integer fixed, JsonPathExpression path, JsonataField expression) {
        this.field = field;
        this.fixed = fixed;
        this.path = path;
        this.expression = expression;
    }

    /** {@code null} when neither the field nor its path twin is set. */
    static TaskSeconds of(String field, Integer fixed, String path) {
        if (fixed == null && path == null) {
            return null;
        }
        return new TaskSeconds(field, fixed, path == null ? null : JsonPathExpression.compile(path), null);
    }

    /** The state's TimeoutSeconds in any form, {@code null} when it has none. */
    static TaskSeconds timeout(TaskState state) {
        return of(state, "TimeoutSeconds", state.timeoutSeconds(), state.timeoutSecondsPath());
    }

    /** The state's HeartbeatSeconds in any form, {@code null} when it has none. */
    static TaskSeconds heartbeat(TaskState state) {
        return of(state, "HeartbeatSeconds", state.heartbeatSeconds(), state.heartbeatSecondsPath());
    }

    private static TaskSeconds of(TaskState state, String field, Integer fixed, String path) {
        JsonNode value = state.dataFlow().isJsonata() ? state.dataFlow().jsonata().value(field) : null;
        if (JsonataTemplate.isExpression(value)) {
            return new TaskSeconds(field, null, null, JsonataField.of(field, value));
        }
        return of(field, fixed, path);
    }

    /** 0 when {@code seconds} is {@code null} (no limit). */
    static long millisOrZero(TaskSeconds seconds, Exchange exchange) {
        return seconds == null ? 0 : seconds.millis(exchange);
    }

    long millis(Exchange exchange) {
        return seconds(exchange) * 1000L;
    }

    long seconds(Exchange exchange) {
        if (expression != null) {
            return expression.integer(exchange, 1);
        }
        if (path == null) {
            return fixed;
        }
        JsonNode input = Steps.stateInput(exchange);
        JsonNode value = path.evaluate(input, new StateEvaluationContext(exchange));
        if (value == null) {
            throw StateErrors.runtime(exchange, "Invalid path '" + path.text() + "' : " + path.missingReason(input));
        }
        if (!value.isIntegralNumber() || value.asLong() <= 0) {
            throw StateErrors.runtime(exchange, "The " + field + "Path parameter references an invalid value: "
                    + path.text() + " == " + value);
        }
        return value.asLong();
    }

    @Override
    public String toString() {
        if (expression != null) {
            return expression.toString() + " expression";
        }
        return path == null ? fixed + "s" : path.text();
    }
}
