package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.List;

/**
 * A compiled JSONPath, read the way Step Functions reads it: {@code $...} against the state's
 * input, {@code $$...} against the context object. Simple paths (names and indexes) take a
 * hand-written fast path; anything else (wildcards, filters, slices, recursive descent) goes to
 * Jayway, whose indefinite results are arrays, as in AWS.
 */
public final class JsonPathExpression implements ValueExpression {
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    private static final java.util.regex.Pattern VARIABLE =
            java.util.regex.Pattern.compile("^\\$([A-Za-z_][A-Za-z0-9_]*)(.*)$", java.util.regex.Pattern.DOTALL);

    private final String text;
    private final boolean contextPath;
    private String variable; // set when the path reads a workflow variable ($name...)
    private final List<PathSegment> segments; // null when Jayway evaluates the path
    private final JsonPath jayway;

    private JsonPathExpression(String text, boolean contextPath, List<PathSegment> segments, JsonPath jayway) {
        this.text = text;
        this.contextPath = contextPath;
        this.segments = segments;
        this.jayway = jayway;
    }

    /**
     * Compiles {@code text}, which must start with {@code $} (or {@code $$} for the context object).
     *
     * @throws IllegalArgumentException when the path is not valid JSONPath
     */
    public static JsonPathExpression compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("a path must start with '$': " + text);
        }
        java.util.regex.Matcher variable = VARIABLE.matcher(text);
        if (variable.matches()) {
            JsonPathExpression inVariable = compile("$" + variable.group(2));
            JsonPathExpression out = new JsonPathExpression(text, false, inVariable.segments, inVariable.jayway);
            out.variable = variable.group(1);
            return out;
        }
        boolean context = text.startsWith("$$");
        String path = context ? text.substring(1) : text;
        List<PathSegment> simple = PathSegment.parseSimple(path);
        if (simple != null) {
            return new JsonPathExpression(text, context, simple, null);
        }
        try {
            return new JsonPathExpression(text, context, null, JsonPath.compile(path));
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid JSONPath '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Whether {@code text} compiles as a path. */
    public static boolean isValid(String text) {
        try {
            compile(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        if (variable != null) {
            JsonNode value = context.variable(variable);
            return value == null ? null : read(value);
        }
        return read(contextPath ? context.contextObject() : input);
    }

    /** Reads this path from {@code document}; {@code null} when a definite path selects nothing. */
    public JsonNode read(JsonNode document) {
        if (segments != null) {
            JsonNode node = document;
            for (PathSegment segment : segments) {
                node = segment.select(node);
                if (node == null) {
                    return null;
                }
            }
            return node;
        }
        try {
            Object result = jayway.read(document, JAYWAY);
            if (result == null && !jayway.isDefinite()) {
                return Json.MAPPER.createArrayNode();
            }
            return result instanceof JsonNode node ? node : Json.MAPPER.valueToTree(result);
        } catch (RuntimeException e) {
            // Missing properties or type mismatches (a filter over a string): a definite path
            // selects nothing, an indefinite one an empty array, as on AWS.
            return jayway.isDefinite() ? null : Json.MAPPER.createArrayNode();
        }
    }

    /**
     * Why this path selects nothing in {@code document}, in the words AWS uses (Jayway's):
     * {@code Missing property in path $['a']} or {@code No results for path: $['a']['b']}.
     */
    public String missingReason(JsonNode document) {
        if (segments == null) {
            return "No results for path: " + text;
        }
        StringBuilder normalized = new StringBuilder("$");
        JsonNode node = document;
        for (int i = 0; i < segments.size(); i++) {
            PathSegment segment = segments.get(i);
            normalized.append(segment.isField() ? "['" + segment.field() + "']" : "[" + segment.index() + "]");
            node = segment.select(node);
            if (node == null) {
                return i == segments.size() - 1 ? "No results for path: " + normalized
                        : "Missing property in path " + normalized;
            }
        }
        return "No results for path: " + normalized;
    }

    /** The workflow variable this path reads ({@code $name.field} reads {@code name}), or {@code null}. */
    public String variable() {
        return variable;
    }

    public boolean isContextPath() {
        return contextPath;
    }

    /** Whether the path selects at most one value (no wildcard, filter, slice or descent). */
    public boolean isDefinite() {
        return segments != null || jayway.isDefinite();
    }

    /** The path's simple segments, or {@code null} when it is not a simple (reference) path. */
    List<PathSegment> segments() {
        return segments;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
