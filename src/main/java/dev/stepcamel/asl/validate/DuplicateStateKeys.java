package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds a state name written twice in one States object. A parsed tree keeps only the last of
 * two equal keys, so this reads the raw text once more, as a token stream.
 */
final class DuplicateStateKeys {
    private DuplicateStateKeys() {
    }

    static void scan(String text, Problems problems) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
            Deque<Set<String>> keys = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    keys.pop();
                } else if (token == JsonToken.FIELD_NAME && !keys.peek().add(parser.currentName())
                        && isStatesObject(parser.getParsingContext())) {
                    problems.add(DiagnosticCode.DUPLICATE_STATE_NAME,
                            "Duplicate State name: " + parser.currentName(),
                            new Pointer(parser.getParsingContext().pathAsPointer().toString()));
                }
            }
        } catch (IOException malformed) {
            // the tree parse reports malformed JSON, once
        }
    }

    private static boolean isStatesObject(JsonStreamContext object) {
        JsonStreamContext parent = object.getParent();
        return parent != null && "States".equals(parent.getCurrentName());
    }
}
