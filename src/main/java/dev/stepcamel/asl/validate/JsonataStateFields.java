package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSONata states: the fields each type accepts in JSONata mode (the JSONPath-only ones, such as
 * {@code InputPath}, {@code Parameters} or {@code ResultPath}, are errors there), and the type's
 * own rules run on a view of the state in which each {@code {% %}} expression stands in for a
 * value of the right type. The expressions themselves are parsed by the compiler, which owns JSONata.
 */
final class JsonataStateFields {
    private static final List<String> FLOW = List.of("Next", "End", "Output", "Assign");
    private static final List<String> ERRORS = List.of("Retry", "Catch");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "Pass", StateFields.of(FLOW),
            "Task", StateFields.of(FLOW, ERRORS, List.of("Arguments", "Resource", "TimeoutSeconds", "HeartbeatSeconds",
                    "Credentials")),
            "Choice", StateFields.of(List.of("Choices", "Default", "Output", "Assign")),
            "Wait", StateFields.of(FLOW, List.of("Seconds", "Timestamp")),
            "Succeed", StateFields.of(List.of("Output")),
            "Fail", StateFields.of(List.of("Error", "Cause")),
            "Parallel", StateFields.of(FLOW, ERRORS, List.of("Arguments", "Branches")),
            "Map", StateFields.of(FLOW, ERRORS, List.of("ItemProcessor", "Iterator", "ItemSelector", "Items", "MaxConcurrency",
                    "ToleratedFailurePercentage", "ToleratedFailureCount", "ItemReader", "ItemBatcher",
                    "ResultWriter", "Label")));

    private static final Set<String> RULE_FIELDS = Set.of("Condition", "Next", "Assign", "Output", "Comment");
    /** What stands in for an expression when the type's JSONPath rules check a field. */
    private static final Map<String, JsonNode> STAND_INS = Map.of(
            "Seconds", JsonNodeFactory.instance.numberNode(0), "Timestamp", JsonNodeFactory.instance.textNode("2016-03-14T01:59:00Z"),
            "TimeoutSeconds", JsonNodeFactory.instance.numberNode(99_999_999), "HeartbeatSeconds", JsonNodeFactory.instance.numberNode(1),
            "MaxConcurrency", JsonNodeFactory.instance.numberNode(0), "ToleratedFailureCount", JsonNodeFactory.instance.numberNode(0),
            "ToleratedFailurePercentage", JsonNodeFactory.instance.numberNode(0), "ItemSelector", JsonNodeFactory.instance.objectNode());

    private JsonataStateFields() {
    }

    /** The state as the type's rules should see it: expressions replaced by stand-ins, JSONata-only fields gone. */
    static Node typeView(Node state) {
        ObjectNode view = state.json.deepCopy();
        // JSONata Maps accept failure tolerances in inline mode as well.
        for (String field : List.of("Output", "Arguments", "Items", "Assign", "QueryLanguage", "ToleratedFailureCount",
                "ToleratedFailurePercentage")) {
            view.remove(field);
        }
        STAND_INS.forEach((field, standIn) -> {
            if (isExpression(view.get(field))) {
                view.set(field, standIn);
            }
        });
        distributedFields(state, view);
        return new Node(view, state.at, state.what, state.problems);
    }

    /**
     * A JSONata ItemReader takes Arguments instead of Parameters, and its ReaderConfig and the
     * ItemBatcher's limits may be expressions: the view holds stand-ins for the JSONPath rules.
     */
    private static void distributedFields(Node state, ObjectNode view) {
        if (view.get("ItemReader") instanceof ObjectNode reader) {
            if (reader.has("Parameters")) {
                Node.of(reader, state.at.child("ItemReader"), "the ItemReader of " + state.what, state.problems)
                        .fail("Parameters", "is not supported in a JSONata state; use Arguments");
            }
            reader.remove("Arguments");
            if (reader.get("ReaderConfig") instanceof ObjectNode config && isExpression(config.get("MaxItems"))) {
                config.put("MaxItems", 0);
            }
        }
        if (view.get("ItemBatcher") instanceof ObjectNode batcher) {
            for (String field : List.of("MaxItemsPerBatch", "MaxInputBytesPerBatch")) {
                if (isExpression(batcher.get(field))) {
                    batcher.put(field, 1);
                }
            }
        }
    }

    /** A JSONata Choice: each rule has a Condition and a Next, and may assign and output. */
    static void choice(Node state, StateChecker.Scope scope) {
        if (state.require("Choices")) {
            JsonNode rules = state.get("Choices");
            if (!rules.isArray() || rules.isEmpty()) {
                state.fail("Choices", "must be a non-empty array of choice rules");
            } else {
                for (int i = 0; i < rules.size(); i++) {
                    Node rule = Node.of(rules.get(i), state.at.child("Choices").child(i),
                            "choice rule " + i + " of " + state.what, state.problems);
                    if (rule != null) {
                        rule.allowOnly(RULE_FIELDS);
                        rule.require("Next");
                        if (rule.require("Condition")) {
                            JsonNode condition = rule.get("Condition");
                            if (!condition.isBoolean() && !isExpression(condition)) {
                                rule.fail("Condition", "must be a boolean or a JSONata expression {% ... %}, but was "
                                        + condition);
                            }
                        }
                        scope.edge(rule, "Next");
                    }
                }
            }
        }
        scope.edge(state, "Default");
    }

    static boolean isExpression(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
    }
}
