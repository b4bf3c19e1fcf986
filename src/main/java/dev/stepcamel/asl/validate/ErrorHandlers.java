package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Retry and Catch of Task, Parallel and Map states. */
final class ErrorHandlers {
    private static final String ALL = "States.ALL";
    private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Comment", "Output",
            "Assign");

    private ErrorHandlers() {
    }

    static void check(Node state, StateChecker.Scope scope) {
        JsonNode retry = list(state, "Retry");
        for (int i = 0; retry != null && i < retry.size(); i++) {
            Node retrier = Node.of(retry.get(i), state.at.child("Retry").child(i),
                    "retrier " + i + " of " + state.what, state.problems);
            if (retrier != null) {
                retrier(retrier, i == retry.size() - 1);
            }
        }
        JsonNode catchers = list(state, "Catch");
        for (int i = 0; catchers != null && i < catchers.size(); i++) {
            Node catcher = Node.of(catchers.get(i), state.at.child("Catch").child(i),
                    "catcher " + i + " of " + state.what, state.problems);
            if (catcher != null) {
                catcher.allowOnly(CATCHER_FIELDS);
                errorEquals(catcher, i == catchers.size() - 1, "catcher");
                catcher.require("Next");
                scope.edge(catcher, "Next");
                catcher.referencePath("ResultPath", true);
                Templates.check(catcher, "Assign");
            }
        }
    }

    private static void retrier(Node retrier, boolean last) {
        retrier.allowOnly(RETRIER_FIELDS);
        errorEquals(retrier, last, "retrier");
        retrier.positiveInt("IntervalSeconds");
        retrier.nonNegativeInt("MaxAttempts");
        retrier.positiveInt("MaxDelaySeconds");
        retrier.oneOf("JitterStrategy", Set.of("FULL", "NONE"));
        JsonNode backoff = retrier.get("BackoffRate");
        if (backoff != null && (!backoff.isNumber() || backoff.doubleValue() < 1.0)) {
            retrier.fail("BackoffRate", "must be a number greater than or equal to 1.0, but was " + backoff);
        }
    }

    private static void errorEquals(Node handler, boolean last, String kind) {
        if (!handler.require("ErrorEquals")) {
            return;
        }
        JsonNode errors = handler.get("ErrorEquals");
        if (!errors.isArray() || errors.isEmpty()) {
            handler.fail("ErrorEquals", "must be a non-empty array of error names");
            return;
        }
        for (int i = 0; i < errors.size(); i++) {
            JsonNode error = errors.get(i);
            if (!error.isTextual()) {
                handler.problems.schema(handler.at.child("ErrorEquals").child(i),
                        "Error names in ErrorEquals of " + handler.what + " must be strings, but found " + error);
            } else if (error.asText().equals(ALL) && errors.size() > 1) {
                handler.fail("ErrorEquals", "must list " + ALL + " alone");
            } else if (error.asText().equals(ALL) && !last) {
                handler.fail("ErrorEquals", "lists " + ALL + ", which is only allowed in the last " + kind);
            }
        }
    }

    private static JsonNode list(Node state, String field) {
        JsonNode value = state.get(field);
        if (value != null && !value.isArray()) {
            state.fail(field, "must be an array");
            return null;
        }
        return value;
    }
}
