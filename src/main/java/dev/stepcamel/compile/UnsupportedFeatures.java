package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.validate.Diagnostic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Valid ASL that this compiler cannot run yet: workflow variables ({@code Assign} and
 * {@code $name} references). Such definitions are rejected with a clear diagnostic rather than
 * accepted and misread.
 */
public final class UnsupportedFeatures {
    static final String CODE = "SCHEMA_VALIDATION_FAILED";
    private static final Pattern VARIABLE = Pattern.compile("^\\$[A-Za-z_][A-Za-z0-9_]*.*");

    private UnsupportedFeatures() {
    }

    public static List<Diagnostic> check(JsonNode definition) {
        List<Diagnostic> problems = new ArrayList<>();
        walk(definition, "", problems);
        return problems;
    }

    private static void walk(JsonNode node, String pointer, List<Diagnostic> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            JsonNode value = field.getValue();
            if (key.equals("Assign")) {
                problems.add(Diagnostic.error(CODE, "Workflow variables (Assign) are not supported yet", at));
            } else if (value.isTextual() && readsPath(key) && VARIABLE.matcher(value.asText()).matches()) {
                problems.add(Diagnostic.error(CODE, "Workflow variable reference '" + value.asText()
                        + "' is not supported yet", at));
            } else {
                walk(value, at, problems);
            }
        }
    }

    private static boolean readsPath(String key) {
        return key.endsWith(".$") || key.endsWith("Path") || key.equals("Variable");
    }
}
