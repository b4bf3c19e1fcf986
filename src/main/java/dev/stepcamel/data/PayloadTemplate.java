package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.intrinsic.IntrinsicFunctions;
import java.util.Map;

/**
 * A compiled payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}):
 * a field named {@code "x.$"} becomes {@code "x"} holding the value of its path or intrinsic call;
 * other fields are copied, and objects nested anywhere (arrays included) are processed the same way.
 * Parts without a {@code .$} field are built once and shared by every evaluation, so an evaluation
 * allocates only the objects and arrays that hold computed values. Outputs must be treated as
 * read-only, as must the values that paths select from the input.
 */
public final class PayloadTemplate {
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private final Part root;

    private PayloadTemplate(Part root) {
        this.root = root;
    }

    /**
     * @throws IllegalArgumentException when a {@code .$} field's value is not a string holding a
     *     valid path or intrinsic function call
     */
    public static PayloadTemplate compile(JsonNode template) {
        return new PayloadTemplate(part(template));
    }

    /**
     * @throws AslException {@code States.Runtime} when a path selects nothing, with AWS's cause text
     */
    public JsonNode evaluate(JsonNode input, EvaluationContext ctx) {
        return root.evaluate(input, ctx);
    }

    /** Whether the template holds no {@code .$} field, so every evaluation returns the same value. */
    public boolean isConstant() {
        return root instanceof Literal;
    }

    private interface Part {
        JsonNode evaluate(JsonNode input, EvaluationContext ctx);
    }

    private static Part part(JsonNode node) {
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            Part[] items = new Part[node.size()];
            boolean constant = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = part(node.get(i));
                constant &= items[i] instanceof Literal;
            }
            return constant ? new Literal(node.deepCopy()) : new ArrayPart(items);
        }
        return new Literal(node.deepCopy());
    }

    private static Part object(JsonNode node) {
        String[] names = new String[node.size()];
        Part[] parts = new Part[names.length];
        boolean constant = true;
        int i = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (name.endsWith(".$")) {
                names[i] = name.substring(0, name.length() - 2);
                parts[i] = new Computed(name, expression(name, field.getValue()));
            } else {
                names[i] = name;
                parts[i] = part(field.getValue());
            }
            constant &= parts[i] instanceof Literal;
            i++;
        }
        return constant ? new Literal(node.deepCopy()) : new ObjectPart(names, parts);
    }

    private static ValueExpression expression(String field, JsonNode value) {
        String text = value.isTextual() ? value.textValue() : null;
        if (text != null && text.startsWith("$")) {
            try {
                return JsonPathExpression.compile(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The field '" + field + "' holds an invalid JSONPath: " + text, e);
            }
        }
        if (text != null && IntrinsicFunctions.isIntrinsic(text)) {
            return DeferredIntrinsic.compile(text);
        }
        throw new IllegalArgumentException(
                "The value for the field '" + field + "' must be a JSONPath or an intrinsic function call: " + value);
    }

    private record Literal(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext ctx) {
            return value;
        }
    }

    private record Computed(String field, ValueExpression expression) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext ctx) {
            JsonNode value = expression.evaluate(input, ctx);
            if (value == null) {
                throw AslException.runtime("The JSONPath '" + expression.text() + "' specified for the field '"
                        + field + "' could not be found in the input '" + Json.write(input) + "'");
            }
            return value;
        }
    }

    private record ObjectPart(String[] names, Part[] parts) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext ctx) {
            ObjectNode out = NODES.objectNode();
            for (int i = 0; i < names.length; i++) {
                out.set(names[i], parts[i].evaluate(input, ctx));
            }
            return out;
        }
    }

    private record ArrayPart(Part[] items) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext ctx) {
            ArrayNode out = NODES.arrayNode(items.length);
            for (Part item : items) {
                out.add(item.evaluate(input, ctx));
            }
            return out;
        }
    }

    /**
     * An intrinsic call compiled as soon as {@link IntrinsicFunctions} can: malformed calls still fail
     * at compile time, but a function not yet implemented only fails when it is evaluated.
     */
    private static final class DeferredIntrinsic implements ValueExpression {
        private final String text;
        private volatile ValueExpression compiled;

        private DeferredIntrinsic(String text) {
            this.text = text;
        }

        static ValueExpression compile(String text) {
            try {
                return IntrinsicFunctions.compile(text);
            } catch (UnsupportedOperationException notYet) {
                return new DeferredIntrinsic(text);
            }
        }

        @Override
        public JsonNode evaluate(JsonNode input, EvaluationContext context) {
            ValueExpression expression = compiled;
            if (expression == null) {
                expression = IntrinsicFunctions.compile(text);
                compiled = expression;
            }
            return expression.evaluate(input, context);
        }

        @Override
        public String text() {
            return text;
        }
    }
}
