package dev.stepcamel.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;

/** What one state did during an execution, summed over its entries (a state in a Map runs once per item). */
final class StateRun {
    final String name;
    final String type;
    int entered;
    int exited;
    int attempts;
    int failures;
    boolean lastAttemptFailed;
    String status = "running";
    String input;
    String output;
    String error;
    String cause;
    int iterationsStarted;
    int iterationsSucceeded;
    int iterationsFailed;
    final java.util.TreeMap<Integer, String> iterations = new java.util.TreeMap<>();

    StateRun(String name, String type) {
        this.name = name;
        this.type = type;
    }

    void enter(JsonNode details) {
        entered++;
        status = "running";
        lastAttemptFailed = false;
        input = text(details, "input");
    }

    void attempt() {
        attempts++;
        lastAttemptFailed = false;
    }

    void fail(JsonNode details) {
        failures++;
        lastAttemptFailed = true;
        error = text(details, "error");
        cause = text(details, "cause");
    }

    void succeedAttempt() {
        lastAttemptFailed = false;
    }

    void exit(JsonNode details) {
        exited++;
        output = text(details, "output");
        status = lastAttemptFailed ? "caught" : entered > exited ? "running" : "succeeded";
    }

    /** The execution ended while this state was open. */
    void endOpen(boolean executionFailed) {
        if (exited >= entered) {
            return;
        }
        status = type.equals("Fail") || lastAttemptFailed || executionFailed ? "failed" : "stopped";
        if (type.equals("Fail") && error == null) {
            error = "(see the execution's error)";
        }
    }

    void iteration(int index, String outcome) {
        switch (outcome) {
            case "started" -> iterationsStarted++;
            case "succeeded" -> iterationsSucceeded++;
            default -> iterationsFailed++;
        }
        iterations.put(index, outcome.equals("started") ? "running" : outcome);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode().put("name", name).put("type", type).put("status", status)
                .put("entered", entered).put("exited", exited).put("retryCount", Math.max(0, attempts - entered))
                .put("failures", failures);
        node.put("input", input).put("output", output).put("error", error).put("cause", cause);
        if (type.equals("Map")) {
            ObjectNode it = node.putObject("iterations").put("started", iterationsStarted)
                    .put("succeeded", iterationsSucceeded).put("failed", iterationsFailed);
            ObjectNode byIndex = it.putObject("byIndex");
            iterations.forEach((index, state) -> byIndex.put(Integer.toString(index), state));
        }
        return node;
    }

    private static String text(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
