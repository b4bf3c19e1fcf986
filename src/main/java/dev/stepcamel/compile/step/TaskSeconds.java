package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.data.JsonPathExpression;
import org.apache.camel.Exchange;

/**
 * A Task's {@code TimeoutSeconds}/{@code TimeoutSecondsPath} or
 * {@code HeartbeatSeconds}/{@code HeartbeatSecondsPath}: a fixed number, or a path read from the
 * state's input (as AWS reads it, not from the Parameters built).
 */
final class TaskSeconds {
    private final String field;
    private final Integer fixed;
    private final JsonPathExpression path;

    private TaskSeconds(String field, Integer fixed, JsonPathExpression path) {
        this.field = field;
        this.fixed = fixed;
        this.path = path;
    }

    /** {@code null} when neither the field nor its path twin is set. */
    static TaskSeconds of(String field, Integer fixed, String path) {
        if (fixed == null && path == null) {
            return null;
        }
        return new TaskSeconds(field, fixed, path == null ? null : JsonPathExpression.compile(path));
    }

    /** The state's TimeoutSeconds or TimeoutSecondsPath, {@code null} when neither is set. */
    static TaskSeconds timeout(TaskState state) {
        return of("TimeoutSeconds", state.timeoutSeconds(), state.timeoutSecondsPath());
    }

    /** The state's HeartbeatSeconds or HeartbeatSecondsPath, {@code null} when neither is set. */
    static TaskSeconds heartbeat(TaskState state) {
        return of("HeartbeatSeconds", state.heartbeatSeconds(), state.heartbeatSecondsPath());
    }

    /** 0 when {@code seconds} is {@code null} (no limit). */
    static long millisOrZero(TaskSeconds seconds, Exchange exchange) {
        return seconds == null ? 0 : seconds.millis(exchange);
    }

    long millis(Exchange exchange) {
        return seconds(exchange) * 1000L;
    }

    long seconds(Exchange exchange) {
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
        return path == null ? fixed + "s" : path.text();
    }
}
