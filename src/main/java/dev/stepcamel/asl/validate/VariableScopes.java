package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variable rules AWS checks when a definition is created or validated (Step Functions
 * developer guide, "Passing data between states with variables"): a variable name is a Unicode
 * identifier of at most 80 characters, names a whole variable (not {@code x.y} or {@code x[2]}),
 * and is not the reserved {@code states}; and a variable exists in the scope whose states assign
 * it, so one assigned in a Parallel branch or Map processor cannot have the name of one assigned
 * in an outer scope. A Catch's Assign assigns in the scope of the state it belongs to, but AWS
 * accepts a branch assigning a name its Parallel's Catch assigns (a recorded conformance case),
 * so Catch assignments are not held against inner scopes.
 */
final class VariableScopes {
    static final int MAX_NAME_LENGTH = 80;
    private static final List<String> NESTED = List.of("ItemProcessor", "Iterator");

    /** Where a variable is first assigned in a scope: for the message and its pointer. */
    private record Assignment(String state, Pointer at) {
    }

    private final Problems problems;

    private VariableScopes(Problems problems) {
        this.problems = problems;
    }

    static void check(JsonNode machine, Problems problems) {
        new VariableScopes(problems).graph(machine, Pointer.ROOT, Map.of());
    }

    private void graph(JsonNode graph, Pointer at, Map<String, Assignment> outer) {
        JsonNode states = graph.path("States");
        if (!states.isObject()) {
            return;
        }
        Map<String, Assignment> own = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> state : states.properties()) {
            assignments(state.getKey(), state.getValue(), at.child("States").child(state.getKey()), outer, own);
        }
        Map<String, Assignment> visible = new HashMap<>(outer);
        own.forEach(visible::putIfAbsent);
        for (Map.Entry<String, JsonNode> state : states.properties()) {
            Pointer stateAt = at.child("States").child(state.getKey());
            JsonNode branches = state.getValue().path("Branches");
            for (int i = 0; branches.isArray() && i < branches.size(); i++) {
                graph(branches.get(i), stateAt.child("Branches").child(i), visible);
            }
            for (String nested : NESTED) {
                if (state.getValue().path(nested).isObject()) {
                    graph(state.getValue().get(nested), stateAt.child(nested), visible);
                }
            }
        }
    }

    /** The state's own Assign and its choice rules' (its catchers' are only checked for names). */
    private void assignments(String state, JsonNode json, Pointer at, Map<String, Assignment> outer,
            Map<String, Assignment> own) {
        block(state, json.get("Assign"), at.child("Assign"), outer, own);
        for (String list : List.of("Choices", "Catch")) {
            JsonNode items = json.path(list);
            for (int i = 0; items.isArray() && i < items.size(); i++) {
                block(state, items.get(i).get("Assign"), at.child(list).child(i).child("Assign"), outer,
                        list.equals("Catch") ? new HashMap<>() : own);
            }
        }
    }

    private void block(String state, JsonNode assign, Pointer at, Map<String, Assignment> outer,
            Map<String, Assignment> own) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        for (String key : (Iterable<String>) assign::fieldNames) {
            Pointer keyAt = at.child(key);
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String problem = nameProblem(name);
            if (problem != null) {
                problems.schema(keyAt, "The variable name '" + name + "' in the Assign of state '" + state + "' "
                        + problem);
                continue;
            }
            Assignment outside = outer.get(name);
            if (outside != null) {
                problems.schema(keyAt, "The variable '" + name + "' assigned in state '" + state
                        + "' is already assigned in an outer scope (state '" + outside.state() + "', at "
                        + outside.at() + "); a variable assigned in a Parallel branch or Map processor cannot"
                        + " have the same name as one assigned in an outer scope");
            }
            own.putIfAbsent(name, new Assignment(state, keyAt));
        }
    }

    /** What is wrong with a variable name, {@code null} when it is a valid one. */
    static String nameProblem(String name) {
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            return "must be 1 to " + MAX_NAME_LENGTH + " characters long";
        }
        if (name.equals("states")) {
            return "is reserved: $states is the variable Step Functions defines in JSONata states";
        }
        int first = name.codePointAt(0);
        boolean valid = Character.isUnicodeIdentifierStart(first) || first == '_';
        for (int i = Character.charCount(first); valid && i < name.length();) {
            int c = name.codePointAt(i);
            valid = Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            i += Character.charCount(c);
        }
        return valid ? null : "is not a valid variable name: it must start with a letter or '_' and go on with"
                + " letters, digits or '_' (a variable is assigned whole, not a part of it such as x.y or x[2])";
    }
}
