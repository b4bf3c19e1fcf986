package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses every JSONata expression of a definition when it loads, so that a syntax error is a
 * validation problem naming the state and field rather than a failure at run time; and refuses
 * reads of {@code $states.result} or {@code $states.errorOutput} where they are not available
 * ({@link StatesAccess}), as AWS does.
 */
public final class JsonataSyntax {
    static final String CODE = "SCHEMA_VALIDATION_FAILED";
    private static final Set<String> NESTED = Set.of("Branches", "ItemProcessor", "Iterator");
    /** Fields that are never evaluated, whatever they hold. */
    private static final Set<String> NOT_EVALUATED = Set.of("Type", "Comment", "QueryLanguage", "Next", "End",
            "Default", "Resource");

    private JsonataSyntax() {
    }

    public static List<Diagnostic> check(JsonNode definition) {
        List<Diagnostic> problems = new ArrayList<>();
        boolean jsonata = "JSONata".equals(definition.path("QueryLanguage").asText());
        graph(definition, "", jsonata, problems);
        return problems;
    }

    private static void graph(JsonNode graph, String pointer, boolean jsonata, List<Diagnostic> problems) {
        JsonNode states = graph.path("States");
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            String at = pointer + "/States/" + escape(entry.getKey());
            state(entry.getKey(), entry.getValue(), at, jsonata, problems);
        }
    }

    private static void state(String stateName, JsonNode state, String at, boolean inherited,
            List<Diagnostic> problems) {
        JsonNode own = state.get("QueryLanguage");
        boolean jsonata = own == null ? inherited : "JSONata".equals(own.asText());
        for (Map.Entry<String, JsonNode> field : state.properties()) {
            String name = field.getKey();
            String fieldAt = at + "/" + escape(name);
            if (name.equals("Branches")) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    graph(field.getValue().get(i), fieldAt + "/" + i, inherited, problems);
                }
            } else if (NESTED.contains(name)) {
                graph(field.getValue(), fieldAt, inherited, problems);
            } else if (jsonata && !NOT_EVALUATED.contains(name)) {
                List<String> syntax = JsonataTemplate.problems(name, field.getValue());
                for (String problem : syntax) {
                    problems.add(Diagnostic.error(CODE, problem, fieldAt));
                }
                if (syntax.isEmpty()) {
                    StatesAccess.check(stateName, state.path("Type").asText(), name, field.getValue(), fieldAt,
                            problems);
                }
            }
        }
    }

    private static String escape(String key) {
        return StatesAccess.escape(key);
    }
}
