package dev.stepcamel.console;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every JSON Pointer in a definition's text, so a diagnostic at
 * {@code /States/Check/Choices/0/Next} can be shown at its line in the editor.
 */
final class DefinitionLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private DefinitionLines() {
    }

    /** Reads {@code text}; a text that is not JSON yields what was read before the error. */
    static DefinitionLines of(String text) {
        DefinitionLines result = new DefinitionLines();
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
            result.walk(parser);
        } catch (IOException e) {
            // keep the lines found so far
        }
        return result;
    }

    /** The 1-based line of {@code pointer}, or of its nearest ancestor that exists; 1 for the root. */
    int lineOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 1;
    }

    private void walk(JsonParser parser) throws IOException {
        Deque<String> path = new ArrayDeque<>();
        Deque<int[]> arrayIndex = new ArrayDeque<>(); // per open container: next index, or -1 for an object
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.FIELD_NAME) {
                path.addLast(escape(parser.currentName()));
                lines.putIfAbsent(pointer(path), line);
                continue;
            }
            boolean inArray = !arrayIndex.isEmpty() && arrayIndex.peekLast()[0] >= 0;
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                arrayIndex.removeLast();
                afterValue(path, arrayIndex);
                continue;
            }
            if (inArray) {
                path.addLast(Integer.toString(arrayIndex.peekLast()[0]++));
                lines.putIfAbsent(pointer(path), line);
            }
            if (token == JsonToken.START_OBJECT) {
                arrayIndex.addLast(new int[] {-1});
            } else if (token == JsonToken.START_ARRAY) {
                arrayIndex.addLast(new int[] {0});
            } else {
                afterValue(path, arrayIndex);
            }
        }
    }

    /** A value ended: drop its own segment (field name or array index); the root has none. */
    private static void afterValue(Deque<String> path, Deque<int[]> arrayIndex) {
        if (!path.isEmpty() && path.size() == arrayIndex.size()) {
            path.removeLast();
        }
    }

    private static String pointer(Deque<String> path) {
        return "/" + String.join("/", path);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
