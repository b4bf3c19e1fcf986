package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One step of a simple path: a field name or a non-negative array index. */
record PathSegment(String field, int index) {

    static PathSegment field(String name) {
        return new PathSegment(name, -1);
    }

    static PathSegment index(int index) {
        return new PathSegment(null, index);
    }

    boolean isField() {
        return field != null;
    }

    JsonNode select(JsonNode node) {
        if (isField()) {
            return node.isObject() ? node.get(field) : null;
        }
        return node.isArray() ? node.get(index) : null;
    }

    /**
     * Parses {@code $}, {@code $.a.b}, {@code $['a']} and {@code $.a[0]}; returns {@code null} for
     * anything else so that the general JSONPath engine handles it.
     */
    static List<PathSegment> parseSimple(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        List<PathSegment> out = new ArrayList<>();
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && isNameChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                out.add(field(path.substring(start, i)));
            } else if (c == '[') {
                if (i + 1 < n && (path.charAt(i + 1) == '\'' || path.charAt(i + 1) == '"')) {
                    char quote = path.charAt(i + 1);
                    int end = path.indexOf(quote, i + 2);
                    if (end < 0 || end + 1 >= n || path.charAt(end + 1) != ']') {
                        return null;
                    }
                    // AWS takes a quoted name verbatim: backslashes and the other quote are literal.
                    out.add(field(path.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                }
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                String inner = path.substring(i + 1, close);
                if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit) && inner.length() < 10) {
                    out.add(index(Integer.parseInt(inner)));
                } else {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isNameChar(char c) {
        return c != '.' && c != '[' && c != ']' && c != '*' && c != '@' && c != '?' && c != '(' && c != ')'
                && c != '\'' && c != '"' && c != ',' && c != ':' && c != ' ' && c != '$';
    }
}
