package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The input/output processing fields of a state, in either query language.
 *
 * <p>Paths keep the ASL tri-state: absent means {@code "$"}, an explicit JSON {@code null} is
 * {@code null} (discard the input, or for ResultPath keep the input and drop the result).
 * Templates ({@code parameters}, {@code resultSelector}) and {@code assign} are {@code null} when
 * absent. {@code jsonata} is {@code null} for a JSONPath state, and holds a JSONata state's own
 * fields otherwise (its paths are then all {@code $} and its templates {@code null}).
 */
public record DataFlow(String inputPath, JsonNode parameters, JsonNode resultSelector, String resultPath,
        String outputPath, JsonNode assign, JsonataFields jsonata) {

    public static final String ROOT = "$";
    public static final DataFlow DEFAULT = new DataFlow(ROOT, null, null, ROOT, ROOT);

    public DataFlow(String inputPath, JsonNode parameters, JsonNode resultSelector, String resultPath,
            String outputPath) {
        this(inputPath, parameters, resultSelector, resultPath, outputPath, null, null);
    }

    /** A JSONata state's data flow: no paths or templates, only its JSONata fields and Assign. */
    public static DataFlow jsonata(JsonataFields fields, JsonNode assign) {
        return new DataFlow(ROOT, null, null, ROOT, ROOT, assign, fields);
    }

    public boolean isJsonata() {
        return jsonata != null;
    }
}
