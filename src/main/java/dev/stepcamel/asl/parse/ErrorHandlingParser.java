package dev.stepcamel.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.Catcher;
import dev.stepcamel.asl.model.Retrier;
import java.util.ArrayList;
import java.util.List;

/** {@code Retry} and {@code Catch} blocks, with ASL's defaults filled in. */
final class ErrorHandlingParser {
    private ErrorHandlingParser() {
    }

    static List<Retrier> retriers(JsonNode state) {
        List<Retrier> out = new ArrayList<>();
        for (JsonNode r : state.path("Retry")) {
            Double interval = Fields.decimal(r, "IntervalSeconds");
            Integer attempts = Fields.integer(r, "MaxAttempts");
            Double backoff = Fields.decimal(r, "BackoffRate");
            String jitter = Fields.text(r, "JitterStrategy");
            out.add(new Retrier(Fields.strings(r, "ErrorEquals"),
                    interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval,
                    attempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : attempts,
                    backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff, Fields.longValue(r, "MaxDelaySeconds"),
                    "FULL".equals(jitter) ? Retrier.JitterStrategy.FULL : Retrier.JitterStrategy.NONE));
        }
        return List.copyOf(out);
    }

    static List<Catcher> catchers(JsonNode state) {
        List<Catcher> out = new ArrayList<>();
        for (JsonNode c : state.path("Catch")) {
            out.add(new Catcher(Fields.strings(c, "ErrorEquals"), Fields.text(c, "Next"), Fields.path(c, "ResultPath"),
                    Fields.raw(c, "Assign"), Fields.raw(c, "Output")));
        }
        return List.copyOf(out);
    }
}
