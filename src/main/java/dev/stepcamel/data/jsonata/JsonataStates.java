package dev.stepcamel.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code $states} holds while a field is evaluated: {@code input}, {@code context} and, where
 * the state has them, {@code result} and {@code errorOutput}. A member is converted for the engine
 * only when an expression reads it, once per evaluation of a template.
 */
public record JsonataStates(JsonNode input, JsonNode result, JsonNode errorOutput) {

    public static JsonataStates ofInput(JsonNode input) {
        return new JsonataStates(input, null, null);
    }

    /** The engine value of {@code $states} for one template evaluation. */
    Object engineValue(EvaluationContext context) {
        return new Lazy(this, context);
    }

    private static final class Lazy extends AbstractMap<String, Object> {
        private final JsonataStates states;
        private final EvaluationContext context;
        private Map<String, Object> converted;
        private Map<String, Object> read; // members read so far, each converted once

        Lazy(JsonataStates states, EvaluationContext context) {
            this.states = states;
            this.context = context;
        }

        @Override
        public Object get(Object key) {
            if (converted != null) {
                return converted.get(key);
            }
            // The common case reads a member or two: convert only those, once each.
            if (read == null) {
                read = new java.util.HashMap<>(4);
            }
            String name = String.valueOf(key);
            Object value = read.get(name);
            if (value == null && !read.containsKey(name)) {
                value = switch (name) {
                    case "input" -> JsonataValues.toEngine(states.input);
                    case "context" -> JsonataValues.toEngine(context.contextObject());
                    case "result" -> JsonataValues.toEngine(states.result);
                    case "errorOutput" -> JsonataValues.toEngine(states.errorOutput);
                    default -> null;
                };
                read.put(name, value);
            }
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return all().containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return all().entrySet();
        }

        private Map<String, Object> all() {
            if (converted == null) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("input", JsonataValues.toEngine(states.input));
                map.put("context", JsonataValues.toEngine(context.contextObject()));
                if (states.result != null) {
                    map.put("result", JsonataValues.toEngine(states.result));
                }
                if (states.errorOutput != null) {
                    map.put("errorOutput", JsonataValues.toEngine(states.errorOutput));
                }
                converted = map;
            }
            return converted;
        }
    }
}
