package dev.stepcamel.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSONata-mode field value ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items},
 * {@code Seconds}, ...): any JSON value in which every string written {@code "{% expr %}"}, at any
 * depth, is an expression. Parsed once; parts without an expression are built once and shared.
 */
public final class JsonataTemplate {
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private final Part root;

    private JsonataTemplate(Part root) {
        this.root = root;
    }

    /** Whether {@code value} is a string of the form {@code {% ... %}}. */
    public static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && isExpression(value.textValue());
    }

    public static boolean isExpression(String text) {
        return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
    }

    /**
     * @param field the field's name as AWS's messages give it, e.g. {@code Output}
     * @throws IllegalArgumentException naming the field (e.g. {@code Output/name}) when an expression does not parse
     */
    public static JsonataTemplate compile(String field, JsonNode template) {
        return new JsonataTemplate(part(field, template));
    }

    /** Every problem in the template's expressions, one message each (empty when all parse). */
    public static List<String> problems(String field, JsonNode template) {
        List<String> out = new ArrayList<>();
        collect(field, template, out);
        return out;
    }

    /**
     * @throws AslException {@code States.QueryEvaluationError} with AWS's cause text when an expression
     *     fails or returns nothing
     */
    public JsonNode evaluate(JsonataStates states, EvaluationContext context) {
        return root.evaluate(new Scope(states.engineValue(context), context));
    }

    /** The expression when the whole template is one, else the template as JSON: for AWS's messages. */
    public String text() {
        return root instanceof Expression e ? e.expression().text() : Json.write(((Literal) root).value());
    }

    /** Whether the template holds no expression, so every evaluation returns the same value. */
    public boolean isConstant() {
        return root instanceof Literal;
    }

    private record Scope(Object states, EvaluationContext context) {
    }

    private interface Part {
        JsonNode evaluate(Scope scope);
    }

    private static Part part(String field, JsonNode node) {
        if (isExpression(node)) {
            String text = inner(node.textValue());
            try {
                return new Expression(field, JsonataExpression.compile(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(syntaxProblem(field, text, e), e);
            }
        }
        if (node.isObject()) {
            String[] names = new String[node.size()];
            Part[] parts = new Part[names.length];
            boolean constant = true;
            int i = 0;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                names[i] = entry.getKey();
                parts[i] = part(field + "/" + entry.getKey(), entry.getValue());
                constant &= parts[i] instanceof Literal;
                i++;
            }
            return constant ? new Literal(node.deepCopy()) : new ObjectPart(names, parts);
        }
        if (node.isArray()) {
            Part[] items = new Part[node.size()];
            boolean constant = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = part(field + "/" + i, node.get(i));
                constant &= items[i] instanceof Literal;
            }
            return constant ? new Literal(node.deepCopy()) : new ArrayPart(items);
        }
        return new Literal(node.deepCopy());
    }

    private static void collect(String field, JsonNode node, List<String> out) {
        if (isExpression(node)) {
            String text = inner(node.textValue());
            try {
                JsonataExpression.compile(text);
            } catch (IllegalArgumentException e) {
                out.add(syntaxProblem(field, text, e));
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(field + "/" + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(field + "/" + i, node.get(i), out);
            }
        }
    }

    private static String syntaxProblem(String field, String text, IllegalArgumentException e) {
        return "The JSONata expression '" + text + "' specified for the field '" + field + "' is invalid: "
                + e.getMessage();
    }

    static String inner(String text) {
        return text.substring(2, text.length() - 2).trim();
    }

    private record Literal(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(Scope scope) {
            return value;
        }
    }

    private record Expression(String field, JsonataExpression expression) implements Part {
        @Override
        public JsonNode evaluate(Scope scope) {
            JsonNode value;
            try {
                value = expression.evaluate(scope.states(), scope.context());
            } catch (JsonataEvaluationException e) {
                throw failure("threw an error during evaluation. " + e.getMessage());
            }
            if (value == null) {
                throw failure("returned nothing (undefined).");
            }
            return value;
        }

        private AslException failure(String what) {
            return new AslException(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '"
                    + expression.text() + "' specified for the field '" + field + "' " + what);
        }
    }

    private record ObjectPart(String[] names, Part[] parts) implements Part {
        @Override
        public JsonNode evaluate(Scope scope) {
            ObjectNode out = NODES.objectNode();
            for (int i = 0; i < names.length; i++) {
                out.set(names[i], parts[i].evaluate(scope));
            }
            return out;
        }
    }

    private record ArrayPart(Part[] items) implements Part {
        @Override
        public JsonNode evaluate(Scope scope) {
            ArrayNode out = NODES.arrayNode(items.length);
            for (Part item : items) {
                out.add(item.evaluate(scope));
            }
            return out;
        }
    }
}
