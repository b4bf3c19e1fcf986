package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one graph of states (the machine itself, a Parallel branch, a Map processor): StartAt,
 * every state, that transitions stay inside the graph, that every state is reachable and that
 * the graph can end. State names are unique across the whole definition, as the ASL spec says.
 */
final class GraphChecker {
    static final int MAX_STATE_NAME_LENGTH = 80;

    private final Problems problems;
    private final boolean express;
    private final StateChecker states;
    private final Map<String, Pointer> namesSeen = new HashMap<>();
    private final boolean jsonataDefault;

    GraphChecker(Problems problems, boolean express, boolean jsonataDefault) {
        this.problems = problems;
        this.express = express;
        this.jsonataDefault = jsonataDefault;
        this.states = new StateChecker(problems, this);
    }

    /** Whether the machine's QueryLanguage is JSONata, which its states inherit. */
    boolean jsonataDefault() {
        return jsonataDefault;
    }

    /** Whether the machine is an Express workflow, which refuses activities and waiting integrations. */
    boolean express() {
        return express;
    }

    /** Checks StartAt and States of {@code graph}; its other fields are the caller's business. */
    void check(Node graph) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("StartAt", "States")) {
            if (!graph.has(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            problems.schema(graph.at, "These fields are required: " + missing); // AWS's wording
        }
        String startAt = graph.text("StartAt");
        if (!graph.has("States")) {
            return;
        }
        Node stateMap = graph.child("States", "the States of " + graph.what);
        if (stateMap == null) {
            return;
        }
        if (stateMap.json.isEmpty()) {
            stateMap.failHere("must contain at least one state");
            return;
        }
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        boolean canEnd = false;
        for (Map.Entry<String, JsonNode> entry : stateMap.json.properties()) {
            String name = entry.getKey();
            Pointer at = stateMap.at.child(name);
            checkName(name, at);
            StateChecker.Result result = states.check(name, entry.getValue(), at);
            edges.put(name, result.edges());
            canEnd |= result.terminal();
        }
        checkTargets(graph, startAt, edges);
        if (startAt != null && edges.containsKey(startAt)) {
            checkReachable(stateMap.at, startAt, edges);
        }
        if (!canEnd) {
            problems.add(DiagnosticCode.MISSING_END_STATE,
                    "No state in " + graph.what + " ends it: one needs End true or to be Succeed or Fail", stateMap.at);
        }
    }

    /** Called for every state, so that a name reused inside a branch or processor is caught too. */
    void checkName(String name, Pointer at) {
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_STATE_NAME_LENGTH) {
            problems.add(DiagnosticCode.INVALID_STATE_NAME, "State name '" + name + "' must be 1 to "
                    + MAX_STATE_NAME_LENGTH + " characters long", at);
        }
        Pointer first = namesSeen.putIfAbsent(name, at);
        if (first != null) {
            problems.add(DiagnosticCode.DUPLICATE_STATE_NAME,
                    "Duplicate State name: " + name + " (first defined at " + first + ")", at);
        }
    }

    private void checkTargets(Node graph, String startAt, Map<String, List<Edge>> edges) {
        if (startAt != null && !edges.containsKey(startAt)) {
            problems.add(DiagnosticCode.MISSING_TRANSITION_TARGET, "Missing 'StartAt' target: " + startAt
                    + " (no such state in " + graph.what + ")", graph.at.child("StartAt"));
        }
        for (Map.Entry<String, List<Edge>> state : edges.entrySet()) {
            for (Edge edge : state.getValue()) {
                if (!edges.containsKey(edge.target())) {
                    String outside = namesSeen.containsKey(edge.target())
                            ? "; a transition cannot leave or enter a Parallel branch or Map processor" : "";
                    problems.add(DiagnosticCode.MISSING_TRANSITION_TARGET, "Missing '" + edge.field()
                            + "' target: " + edge.target() + " in state '" + state.getKey() + "'" + outside,
                            edge.at());
                }
            }
        }
    }

    private void checkReachable(Pointer statesAt, String startAt, Map<String, List<Edge>> edges) {
        Set<String> reached = new HashSet<>(Set.of(startAt));
        Deque<String> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (Edge edge : edges.get(todo.pop())) {
                if (edges.containsKey(edge.target()) && reached.add(edge.target())) {
                    todo.push(edge.target());
                }
            }
        }
        for (String name : edges.keySet()) {
            if (!reached.contains(name)) {
                problems.add(DiagnosticCode.MISSING_TRANSITION_TARGET,
                        "State \"" + name + "\" is not reachable.", statesAt.child(name));
            }
        }
    }
}
