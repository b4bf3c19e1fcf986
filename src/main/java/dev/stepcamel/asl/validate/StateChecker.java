package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks one state: its Type, the fields that type allows, Next/End and the data-flow fields all
 * types share, then hands the type's own fields to its rules in {@link #RULES}.
 */
final class StateChecker {
    /** What a state's own rules need besides the state: where its edges go and nested graphs. */
    record Scope(GraphChecker graphs, List<Edge> edges) {
        void edge(Node owner, String field) {
            String target = owner.text(field);
            if (target != null) {
                edges.add(new Edge(target, owner.at.child(field), field));
            }
        }
    }

    interface TypeRules {
        void check(Node state, Scope scope);
    }

    private static final Map<String, TypeRules> RULES = Map.of(
            "Pass", BasicStates::pass,
            "Task", BasicStates::task,
            "Wait", BasicStates::waitState,
            "Succeed", (state, scope) -> { },
            "Fail", BasicStates::fail,
            "Choice", ChoiceRules::choice,
            "Parallel", NestingStates::parallel,
            "Map", NestingStates::map);

    record Result(List<Edge> edges, boolean terminal) {
    }

    private final Problems problems;
    private final GraphChecker graphs;

    StateChecker(Problems problems, GraphChecker graphs) {
        this.problems = problems;
        this.graphs = graphs;
    }

    Result check(String name, JsonNode json, Pointer at) {
        Scope scope = new Scope(graphs, new ArrayList<>());
        Node state = Node.of(json, at, "state '" + name + "'", problems);
        if (state == null) {
            return new Result(scope.edges(), true); // too broken to say more; don't add noise
        }
        String type = state.require("Type") ? state.text("Type") : null;
        if (type != null && !RULES.containsKey(type)) {
            state.fail("Type", "must be one of " + new TreeSet<>(RULES.keySet()) + ", but was '" + type + "'");
        }
        boolean jsonata = QueryLanguage.isJsonata(state, graphs.jsonataDefault());
        if (type == null || !RULES.containsKey(type)) {
            followTransitions(state.json, scope, state.at);
            return new Result(scope.edges(), true);
        }
        if (jsonata) {
            return jsonata(state, type, scope);
        }
        state.allowOnly(StateFields.ALLOWED.get(type));
        state.text("Comment");
        boolean terminal = transition(state, type, scope);
        state.path("InputPath", true);
        state.path("OutputPath", true);
        state.referencePath("ResultPath", true);
        Templates.check(state, "Parameters");
        Templates.check(state, "ResultSelector");
        Templates.check(state, "Assign");
        RULES.get(type).check(state, scope);
        return new Result(scope.edges(), terminal || type.equals("Succeed") || type.equals("Fail"));
    }

    /** A JSONata state: its own field set, then the type's rules on a view with expressions stood in for. */
    private Result jsonata(Node state, String type, Scope scope) {
        state.allowOnly(JsonataStateFields.ALLOWED.get(type));
        state.text("Comment");
        boolean terminal = transition(state, type, scope);
        JsonNode assign = state.get("Assign");
        if (assign != null && !assign.isObject()) {
            state.fail("Assign", "must be an object, but was " + assign);
        }
        if (type.equals("Choice")) {
            JsonataStateFields.choice(state, scope);
        } else {
            RULES.get(type).check(JsonataStateFields.typeView(state), scope);
        }
        return new Result(scope.edges(), terminal || type.equals("Succeed") || type.equals("Fail"));
    }

    /**
     * The transitions of a state not checked further, so that the states it leads to are not
     * also reported unreachable: Next and Default, and Next inside Choices and Catch.
     */
    private static void followTransitions(JsonNode state, Scope scope, Pointer at) {
        for (String field : List.of("Next", "Default")) {
            if (state.path(field).isTextual()) {
                scope.edges().add(new Edge(state.get(field).asText(), at.child(field), field));
            }
        }
        for (String list : List.of("Choices", "Catch")) {
            JsonNode items = state.path(list);
            for (int i = 0; items.isArray() && i < items.size(); i++) {
                if (items.get(i).path("Next").isTextual()) {
                    scope.edges().add(new Edge(items.get(i).get("Next").asText(),
                            at.child(list).child(i).child("Next"), "Next"));
                }
            }
        }
    }

    /** Next xor End (End being true) for the types that transition; returns whether the state ends. */
    private static boolean transition(Node state, String type, Scope scope) {
        if (!StateFields.TRANSITIONING.contains(type)) {
            return false;
        }
        boolean hasNext = state.has("Next");
        JsonNode end = state.get("End");
        if (hasNext && end != null) {
            state.failHere("must have either 'Next' or 'End', not both");
        } else if (!hasNext && end == null) {
            state.failHere("must have either 'Next' or 'End': true");
        }
        if (end != null && !(end.isBoolean() && end.booleanValue())) {
            state.fail("End", "must be true, but was " + end);
        }
        scope.edge(state, "Next");
        return end != null && end.isBoolean() && end.booleanValue();
    }
}
