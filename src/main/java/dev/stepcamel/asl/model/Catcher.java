package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One {@code Catch} entry; {@code resultPath} follows the {@link DataFlow} tri-state. {@code assign}
 * and {@code output} (JSONata only) are {@code null} when absent.
 */
public record Catcher(List<String> errorEquals, String next, String resultPath, JsonNode assign, JsonNode output) {
    public Catcher(List<String> errorEquals, String next, String resultPath) {
        this(errorEquals, next, resultPath, null, null);
    }
}
