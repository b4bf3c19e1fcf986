package dev.stepcamel.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.Comparator;

/**
 * Whether an execution produced the expected result: it succeeded and its output is equal JSON.
 * Numbers compare by value ({@code 2} equals {@code 2.0}, as in JSON), everything else exactly.
 */
final class OutputCheck {
    private static final int SHOWN_CHARS = 160;
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private OutputCheck() {
    }

    /** {@code null} when the execution succeeded with {@code expected}, else what was wrong. */
    static String problem(Execution execution, JsonNode expected) {
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            return "status " + execution.status() + " " + execution.error() + ": " + shorten(execution.cause());
        }
        return outputProblem(execution.output(), expected);
    }

    /** {@code null} when the JSON text {@code output} equals {@code expected}, else the difference. */
    static String outputProblem(String output, JsonNode expected) {
        JsonNode actual;
        try {
            actual = output == null ? null : Json.parse(output);
        } catch (JsonProcessingException e) {
            return "output is not JSON: " + shorten(output);
        }
        if (actual != null && actual.equals(NUMBERS_BY_VALUE, expected)) {
            return null;
        }
        return "output " + shorten(output) + " differs from expected " + shorten(Json.write(expected));
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= SHOWN_CHARS) {
            return text;
        }
        return text.substring(0, SHOWN_CHARS) + "...(" + text.length() + " chars)";
    }
}
