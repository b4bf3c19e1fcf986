package dev.stepcamel.asl.parse;

import static dev.stepcamel.asl.parse.Fields.dataFlow;
import static dev.stepcamel.asl.parse.Fields.decimal;
import static dev.stepcamel.asl.parse.Fields.integer;
import static dev.stepcamel.asl.parse.Fields.longValue;
import static dev.stepcamel.asl.parse.Fields.path;
import static dev.stepcamel.asl.parse.Fields.raw;
import static dev.stepcamel.asl.parse.Fields.text;
import static dev.stepcamel.asl.parse.Fields.transition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.ChoiceBranch;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.asl.model.ChoiceState;
import dev.stepcamel.asl.model.DataFlow;
import dev.stepcamel.asl.model.FailState;
import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.asl.model.ParallelState;
import dev.stepcamel.asl.model.PassState;
import dev.stepcamel.asl.model.State;
import dev.stepcamel.asl.model.StateGraph;
import dev.stepcamel.asl.model.StateMachineDefinition.QueryLanguage;
import dev.stepcamel.asl.model.SucceedState;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.asl.model.WaitState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One method per state type: JSON object in, model record out. */
final class StateParser {
    private StateParser() {
    }

    static StateGraph graph(JsonNode node, QueryLanguage language) {
        JsonNode states = node.get("States");
        if (states == null || !states.isObject()) {
            throw new IllegalArgumentException("'States' must be an object");
        }
        Map<String, State> parsed = new LinkedHashMap<>();
        states.fields().forEachRemaining(e -> parsed.put(e.getKey(), state(e.getKey(), e.getValue(), language)));
        return new StateGraph(text(node, "StartAt"), Collections.unmodifiableMap(parsed), text(node, "Comment"));
    }

    /** @param inherited the machine's query language, which a state may override */
    static State state(String name, JsonNode node, QueryLanguage inherited) {
        String type = text(node, "Type");
        String own = text(node, "QueryLanguage");
        boolean jsonata = own == null ? inherited == QueryLanguage.JSONata : own.equals("JSONata");
        QueryLanguage nested = inherited;
        String comment = text(node, "Comment");
        if (type == null) {
            throw new IllegalArgumentException("state '" + name + "' has no Type");
        }
        return switch (type) {
            case "Pass" -> new PassState(name, comment, dataFlow(node, "Parameters", jsonata), raw(node, "Result"),
                    transition(node));
            case "Task" -> new TaskState(name, comment, text(node, "Resource"), dataFlow(node, "Parameters", jsonata),
                    integer(node, "TimeoutSeconds"), text(node, "TimeoutSecondsPath"), integer(node, "HeartbeatSeconds"),
                    text(node, "HeartbeatSecondsPath"), raw(node, "Credentials"), ErrorHandlingParser.retriers(node),
                    ErrorHandlingParser.catchers(node), transition(node));
            case "Choice" -> new ChoiceState(name, comment, dataFlow(node, "Parameters", jsonata), choices(node, jsonata),
                    text(node, "Default"));
            case "Wait" -> new WaitState(name, comment, dataFlow(node, "Parameters", jsonata), longValue(node, "Seconds"),
                    text(node, "SecondsPath"), text(node, "Timestamp"), text(node, "TimestampPath"), transition(node));
            case "Succeed" -> new SucceedState(name, comment, dataFlow(node, "Parameters", jsonata));
            case "Fail" -> new FailState(name, comment, text(node, "Error"), text(node, "ErrorPath"),
                    text(node, "Cause"), text(node, "CausePath"), dataFlow(node, "Parameters", jsonata));
            case "Parallel" -> new ParallelState(name, comment, dataFlow(node, "Parameters", jsonata), branches(node, nested),
                    ErrorHandlingParser.retriers(node), ErrorHandlingParser.catchers(node), transition(node));
            case "Map" -> map(name, comment, node, jsonata, nested);
            default -> throw new IllegalArgumentException("state '" + name + "' has unknown Type '" + type + "'");
        };
    }

    private static List<ChoiceBranch> choices(JsonNode node, boolean jsonata) {
        List<ChoiceBranch> out = new ArrayList<>();
        for (JsonNode rule : node.path("Choices")) {
            ChoiceRule condition = jsonata ? new ChoiceRule.Condition(rule.get("Condition")) : ChoiceRuleParser.rule(rule);
            out.add(new ChoiceBranch(condition, text(rule, "Next"), raw(rule, "Assign"), jsonata ? raw(rule, "Output")
                    : null));
        }
        return List.copyOf(out);
    }

    private static List<StateGraph> branches(JsonNode node, QueryLanguage language) {
        List<StateGraph> out = new ArrayList<>();
        for (JsonNode branch : node.path("Branches")) {
            out.add(graph(branch, language));
        }
        return List.copyOf(out);
    }

    private static MapState map(String name, String comment, JsonNode node, boolean jsonata, QueryLanguage nested) {
        // The deprecated Iterator/Parameters pair means what ItemProcessor/ItemSelector mean now.
        JsonNode processor = node.has("ItemProcessor") ? node.get("ItemProcessor") : node.get("Iterator");
        JsonNode selector = node.has("ItemSelector") ? node.get("ItemSelector") : node.get("Parameters");
        JsonNode config = processor == null ? null : processor.get("ProcessorConfig");
        MapState.ProcessorMode mode = config != null && "DISTRIBUTED".equals(text(config, "Mode"))
                ? MapState.ProcessorMode.DISTRIBUTED : MapState.ProcessorMode.INLINE;
        DataFlow flow = jsonata ? dataFlow(node, "Parameters", true) : new DataFlow(path(node, "InputPath"), null,
                raw(node, "ResultSelector"), path(node, "ResultPath"), path(node, "OutputPath"), raw(node, "Assign"),
                null);
        return new MapState(name, comment, flow, node.has("ItemsPath") ? path(node, "ItemsPath") : DataFlow.ROOT,
                selector, processor == null ? null : graph(processor, nested), mode,
                config == null ? null : text(config, "ExecutionType"), integer(node, "MaxConcurrency"),
                text(node, "MaxConcurrencyPath"), decimal(node, "ToleratedFailurePercentage"),
                text(node, "ToleratedFailurePercentagePath"), integer(node, "ToleratedFailureCount"),
                text(node, "ToleratedFailureCountPath"), raw(node, "ItemReader"), raw(node, "ItemBatcher"),
                raw(node, "ResultWriter"), text(node, "Label"), ErrorHandlingParser.retriers(node),
                ErrorHandlingParser.catchers(node), transition(node));
    }
}
