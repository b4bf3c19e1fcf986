package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/**
 * One JSON object under check: where it is, what messages call it ("state 'Check'", "retrier 0
 * of state 'Call'") and the field checks every part of ASL shares. Each check reports and goes on.
 */
final class Node {
    final ObjectNode json;
    final Pointer at;
    final String what;
    final Problems problems;

    Node(ObjectNode json, Pointer at, String what, Problems problems) {
        this.json = json;
        this.at = at;
        this.what = what;
        this.problems = problems;
    }

    /** The object at {@code value}, or {@code null} after reporting that it is not an object. */
    static Node of(JsonNode value, Pointer at, String what, Problems problems) {
        if (value instanceof ObjectNode object) {
            return new Node(object, at, what, problems);
        }
        problems.schema(at, capitalised(what) + " must be a JSON object");
        return null;
    }

    Node child(String field, String childWhat) {
        return of(json.get(field), at.child(field), childWhat, problems);
    }

    boolean has(String field) {
        return json.has(field);
    }

    JsonNode get(String field) {
        return json.get(field);
    }

    /** Reports a problem with one field, located at that field. */
    void fail(String field, String reason) {
        problems.schema(at.child(field), "Field '" + field + "' of " + what + " " + reason);
    }

    /** Reports a problem with the object as a whole, located at the object. */
    void failHere(String reason) {
        problems.schema(at, capitalised(what) + " " + reason);
    }

    void allowOnly(Set<String> allowed) {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.schema(at, "Field '" + name + "' is not supported"); // AWS's wording
            }
        }
    }

    /** AWS's wording, located at the object that lacks the field (the location names it). */
    boolean require(String field) {
        if (has(field)) {
            return true;
        }
        problems.schema(at, "The field '" + field + "' is required but was missing");
        return false;
    }

    void exclusive(String one, String other) {
        if (has(one) && has(other)) {
            failHere("cannot have both '" + one + "' and '" + other + "'");
        }
    }

    /** The field's text, or {@code null} (after reporting, when present but not a string). */
    String text(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            fail(field, "must be a string");
            return null;
        }
        return value.asText();
    }

    void positiveInt(String field) {
        integer(field, 1, "a positive integer");
    }

    void nonNegativeInt(String field) {
        integer(field, 0, "a non-negative integer");
    }

    /** The field's int value, or {@code null} when absent or invalid (reported). */
    Integer integer(String field, int min, String expected) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
            fail(field, "must be " + expected + ", but was " + value);
            return null;
        }
        return value.intValue();
    }

    void bool(String field) {
        JsonNode value = get(field);
        if (value != null && !value.isBoolean()) {
            fail(field, "must be a boolean, but was " + value);
        }
    }

    /** A JSONPath (input or context); {@code null} is allowed where ASL allows it. */
    void path(String field, boolean nullable) {
        JsonNode value = get(field);
        if (value == null || (nullable && value.isNull())) {
            return;
        }
        if (!value.isTextual() || !Paths.isPath(value.asText())) {
            fail(field, "must be a valid JSONPath, but was " + value);
        }
    }

    /** A ResultPath-style reference path: {@code $}, field names and indexes only. */
    void referencePath(String field, boolean nullable) {
        JsonNode value = get(field);
        if (value == null || (nullable && value.isNull())) {
            return;
        }
        if (!value.isTextual() || !Paths.isReferencePath(value.asText())) {
            fail(field, "must be a valid reference path, but was " + value);
        }
    }

    /** A reference path to one value on the input, the context object or a variable. */
    void valueReference(String field) {
        JsonNode value = get(field);
        if (value != null && (!value.isTextual() || !Paths.isValueReference(value.asText()))) {
            fail(field, "must be a valid reference path, but was " + value);
        }
    }

    /** A path or an intrinsic function call, as ErrorPath and CausePath take. */
    void pathOrIntrinsic(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return;
        }
        String problem = value.isTextual() ? Paths.dynamicValueProblem(value.asText()) : "must be a string";
        if (problem != null) {
            fail(field, problem);
        }
    }

    void oneOf(String field, Set<String> values) {
        String value = text(field);
        if (value != null && !values.contains(value)) {
            fail(field, "must be one of " + values + ", but was '" + value + "'");
        }
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
