package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code Type: Task}. Timeouts are {@code null} when absent. */
public record TaskState(String name, String comment, String resource, DataFlow dataFlow, Integer timeoutSeconds,
        String timeoutSecondsPath, Integer heartbeatSeconds, String heartbeatSecondsPath, JsonNode credentials,
        List<Retrier> retry, List<Catcher> catchers, Transition transition) implements State {
    @Override
    public String type() {
        return "Task";
    }
}
