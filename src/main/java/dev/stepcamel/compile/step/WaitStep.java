package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.WaitState;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.JsonPathExpression;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * A Wait state's pause: works out the delay, hands the exchange to the runtime's timer and
 * returns at once, so no thread is held while the execution waits.
 */
public final class WaitStep extends AsyncProcessorSupport {
    private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

    private final WaitState state;
    private final JsonPathExpression secondsPath;
    private final JsonPathExpression timestampPath;

    private final JsonataField seconds;
    private final JsonataField timestamp;

    public WaitStep(WaitState state) {
        this.state = state;
        this.seconds = JsonataField.of("Seconds", expression(state, "Seconds"));
        this.timestamp = JsonataField.of("Timestamp", expression(state, "Timestamp"));
        this.secondsPath = state.secondsPath() == null ? null : JsonPathExpression.compile(state.secondsPath());
        this.timestampPath = state.timestampPath() == null ? null : JsonPathExpression.compile(state.timestampPath());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ExecutionRun run = Steps.run(exchange);
        Instant now = run.services().clock().instant();
        Instant due;
        try {
            // Seconds count from the state's entry, so a wait resumed after a restart ends on time.
            StateVisit visit = Steps.visit(exchange);
            Instant entered = visit == null ? now : visit.enteredTime();
            due = entered.plusMillis(delayMillis(exchange, entered));
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (!due.isAfter(now)) {
            callback.done(true);
            return true;
        }
        run.services().scheduleAt(due, () -> callback.done(false));
        return false;
    }

    /** A JSONata state's field when it is an expression; literals are in the state's own fields. */
    static JsonNode expression(WaitState state, String field) {
        if (!state.dataFlow().isJsonata()) {
            return null;
        }
        JsonNode value = state.dataFlow().jsonata().value(field);
        return JsonataTemplate.isExpression(value) ? value : null;
    }

    private long delayMillis(Exchange exchange, Instant now) {
        if (seconds != null) {
            return checked(exchange, seconds.integer(exchange, 0)) * 1000;
        }
        if (timestamp != null) {
            String text = timestamp.text(exchange);
            Instant at = parse(text);
            if (at == null) {
                throw StateErrors.of(exchange, ErrorNames.QUERY_EVALUATION_ERROR, "The Timestamp field cannot be parsed"
                        + " as an ISO-8601 extended offset date-time format string: " + text);
            }
            return untilMillis(exchange, at, now);
        }
        if (state.seconds() != null) {
            return checked(exchange, state.seconds()) * 1000;
        }
        if (state.timestamp() != null) {
            return untilMillis(exchange, parse(state.timestamp()), now);
        }
        JsonNode input = Steps.body(exchange);
        StateEvaluationContext ctx = new StateEvaluationContext(exchange);
        if (secondsPath != null) {
            JsonNode value = secondsPath.evaluate(input, ctx);
            String where = secondsPath.text();
            if (value == null) {
                throw StateErrors.runtime(exchange, "The SecondsPath parameter does not reference an input value: " + where);
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw StateErrors.runtime(exchange, "The SecondsPath parameter cannot be parsed as a long value: " + where
                        + " == " + value);
            }
            if (value.asLong() < 0) {
                throw StateErrors.runtime(exchange, "The SecondsPath parameter references a negative value: " + where
                        + " == " + value);
            }
            return checked(exchange, value.asLong()) * 1000;
        }
        JsonNode value = timestampPath.evaluate(input, ctx);
        Instant at = value == null || !value.isTextual() ? null : parse(value.asText());
        if (at == null) {
            throw StateErrors.runtime(exchange, "The TimestampPath parameter does not reference a valid ISO-8601 extended"
                    + " offset date-time format string: " + timestampPath.text() + " == "
                    + (value == null ? "null" : value.asText()));
        }
        return untilMillis(exchange, at, now);
    }

    private static long checked(Exchange exchange, long seconds) {
        if (seconds > MAX_DELAY_SECONDS) {
            throw StateErrors.runtime(exchange, "Wait state delay is too long.");
        }
        return seconds;
    }

    private static long untilMillis(Exchange exchange, Instant at, Instant now) {
        long millis = at.toEpochMilli() - now.toEpochMilli();
        checked(exchange, millis / 1000);
        return millis;
    }

    /** ISO-8601 extended offset date-time, as AWS requires: {@code null} when it is not one. */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "Wait[" + state.name() + "]";
    }
}
