package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import dev.stepcamel.data.jsonata.StatesReferences;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code $states.result} and {@code $states.errorOutput} may be read. AWS catches a read
 * anywhere else when a definition is created or validated: the result exists only for the
 * Output and Assign of a Task, Parallel or Map state, the error output only for a Catch's.
 */
final class StatesAccess {
    private static final Set<String> WITH_RESULT = Set.of("Task", "Parallel", "Map");
    private static final Set<String> AFTER_WORK = Set.of("Output", "Assign");
    private static final Map<String, String> WHERE = Map.of(
            "result", "$states.result is available only in the Output and Assign of a Task, Parallel or Map state",
            "errorOutput", "$states.errorOutput is available only in the Output and Assign of a Catch");

    private StatesAccess() {
    }

    /** Checks one field of a JSONata state ({@code Catch} field by catcher). */
    static void check(String stateName, String type, String field, JsonNode value, String at,
            List<Diagnostic> problems) {
        if (field.equals("Catch") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                for (String part : AFTER_WORK) {
                    JsonNode template = value.get(i).get(part);
                    if (template != null) {
                        walk(stateName, "Catch/" + i + "/" + part, template, at + "/" + i + "/" + part,
                                Set.of("errorOutput"), problems);
                    }
                }
            }
            return;
        }
        Set<String> available = WITH_RESULT.contains(type) && AFTER_WORK.contains(field) ? Set.of("result")
                : Set.of();
        walk(stateName, field, value, at, available, problems);
    }

    private static void walk(String stateName, String field, JsonNode node, String at, Set<String> available,
            List<Diagnostic> problems) {
        if (JsonataTemplate.isExpression(node)) {
            String text = node.textValue();
            for (String member : StatesReferences.members(text.substring(2, text.length() - 2))) {
                if (WHERE.containsKey(member) && !available.contains(member)) {
                    problems.add(Diagnostic.error(JsonataSyntax.CODE, "The JSONata expression '" + text.substring(2,
                            text.length() - 2).strip() + "' specified for the field '" + field + "' of state '"
                            + stateName + "' reads $states." + member + ", which is not available there: "
                            + WHERE.get(member), at));
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(stateName, field + "/" + entry.getKey(), entry.getValue(), at + "/" + escape(entry.getKey()),
                        available, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(stateName, field + "/" + i, node.get(i), at + "/" + i, available, problems);
            }
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
