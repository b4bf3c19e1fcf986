package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A ResultPath: a simple path that says where to put a value. Writing copies only the objects on
 * the path, so the original input (which Parallel branches and Map items may share) stays intact.
 */
public final class ReferencePath {
    private final String text;
    private final List<PathSegment> segments;

    private ReferencePath(String text, List<PathSegment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** @throws IllegalArgumentException unless {@code text} is a reference path ({@code $}, names, indexes) */
    public static ReferencePath compile(String text) {
        List<PathSegment> segments = text == null ? null : PathSegment.parseSimple(text);
        if (segments == null || text.startsWith("$$")) {
            throw new IllegalArgumentException("not a reference path: " + text);
        }
        return new ReferencePath(text, segments);
    }

    public static boolean isValid(String text) {
        return text != null && !text.startsWith("$$") && PathSegment.parseSimple(text) != null;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public String text() {
        return text;
    }

    /**
     * Returns {@code document} with {@code value} placed at this path, creating missing objects.
     *
     * @return {@code null} when the path runs through something that is not an object (or an
     *     array with that index): the caller raises {@code States.ResultPathMatchFailure}
     */
    public JsonNode write(JsonNode document, JsonNode value) {
        if (segments.isEmpty()) {
            return value;
        }
        return write(document, 0, value);
    }

    private JsonNode write(JsonNode node, int depth, JsonNode value) {
        PathSegment segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        if (segment.isField()) {
            ObjectNode copy;
            if (node == null || node.isMissingNode()) {
                copy = Json.MAPPER.createObjectNode();
            } else if (node.isObject()) {
                copy = Json.MAPPER.createObjectNode();
                copy.setAll((ObjectNode) node);
            } else {
                return null;
            }
            JsonNode child = last ? value : write(copy.get(segment.field()), depth + 1, value);
            if (child == null) {
                return null;
            }
            copy.set(segment.field(), child);
            return copy;
        }
        if (node == null || !node.isArray() || segment.index() >= node.size()) {
            return null;
        }
        ArrayNode copy = Json.MAPPER.createArrayNode().addAll((ArrayNode) node);
        JsonNode child = last ? value : write(copy.get(segment.index()), depth + 1, value);
        if (child == null) {
            return null;
        }
        copy.set(segment.index(), child);
        return copy;
    }

    @Override
    public String toString() {
        return text;
    }
}
