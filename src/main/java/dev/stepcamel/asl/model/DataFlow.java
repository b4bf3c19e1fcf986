package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSONPath-mode input/output processing fields of a state.
 *
 * <p>Paths keep the ASL tri-state: absent means {@code "$"}, an explicit JSON {@code null} is
 * {@code null} (discard the input, or for ResultPath keep the input and drop the result).
 * Templates ({@code parameters}, {@code resultSelector}) are {@code null} when absent.
 */
public record DataFlow(String inputPath, JsonNode parameters, JsonNode resultSelector, String resultPath,
        String outputPath) {

    public static final String ROOT = "$";
    public static final DataFlow DEFAULT = new DataFlow(ROOT, null, null, ROOT, ROOT);
}
