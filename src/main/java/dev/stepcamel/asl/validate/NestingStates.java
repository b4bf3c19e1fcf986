package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Parallel and Map: the states that hold graphs of their own, each checked like the machine. */
final class NestingStates {
    private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");
    /** Fields that only make sense when a Map runs child workflows (Mode DISTRIBUTED). */
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter",
            "Label", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
            "ToleratedFailureCountPath");

    private NestingStates() {
    }

    static void parallel(Node state, StateChecker.Scope scope) {
        if (state.require("Branches")) {
            JsonNode branches = state.get("Branches");
            if (!branches.isArray() || branches.isEmpty()) {
                state.fail("Branches", "must be a non-empty array of branches");
            } else {
                for (int i = 0; i < branches.size(); i++) {
                    Node branch = Node.of(branches.get(i), state.at.child("Branches").child(i),
                            "branch " + i + " of " + state.what, state.problems);
                    if (branch != null) {
                        branch.allowOnly(BRANCH_FIELDS);
                        scope.graphs().check(branch);
                    }
                }
            }
        }
        ErrorHandlers.check(state, scope);
    }

    static void map(Node state, StateChecker.Scope scope) {
        boolean distributed = processor(state, scope);
        state.exclusive("ItemSelector", "Parameters");
        Templates.check(state, "ItemSelector");
        state.path("ItemsPath", false);
        state.exclusive("MaxConcurrency", "MaxConcurrencyPath");
        state.nonNegativeInt("MaxConcurrency");
        state.valueReference("MaxConcurrencyPath");
        state.exclusive("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        state.exclusive("ToleratedFailureCount", "ToleratedFailureCountPath");
        JsonNode percentage = state.get("ToleratedFailurePercentage");
        if (percentage != null && (!percentage.isNumber() || percentage.doubleValue() < 0
                || percentage.doubleValue() > 100)) {
            state.fail("ToleratedFailurePercentage", "must be a number from 0 to 100, but was " + percentage);
        }
        state.nonNegativeInt("ToleratedFailureCount");
        state.valueReference("ToleratedFailurePercentagePath");
        state.valueReference("ToleratedFailureCountPath");
        for (String field : DISTRIBUTED_ONLY) {
            if (state.has(field) && !distributed) {
                state.fail(field, "is only allowed when the ItemProcessor's ProcessorConfig has Mode DISTRIBUTED");
            }
        }
        if (distributed) {
            DistributedMapFields.check(state); // otherwise they are already errors by being there
        }
        ErrorHandlers.check(state, scope);
    }

    /** Checks ItemProcessor (or the deprecated Iterator) and returns whether the Map is distributed. */
    private static boolean processor(Node state, StateChecker.Scope scope) {
        state.exclusive("ItemProcessor", "Iterator");
        String field = state.has("Iterator") && !state.has("ItemProcessor") ? "Iterator" : "ItemProcessor";
        if (!state.require(field)) {
            return false;
        }
        Node processor = state.child(field, "the " + field + " of " + state.what);
        if (processor == null) {
            return false;
        }
        processor.allowOnly(PROCESSOR_FIELDS);
        boolean distributed = false;
        if (processor.has("ProcessorConfig")) {
            Node config = processor.child("ProcessorConfig", "the ProcessorConfig of " + state.what);
            if (config != null) {
                config.allowOnly(Set.of("Mode", "ExecutionType"));
                config.oneOf("Mode", Set.of("INLINE", "DISTRIBUTED"));
                config.oneOf("ExecutionType", Set.of("STANDARD", "EXPRESS"));
                distributed = "DISTRIBUTED".equals(config.text("Mode"));
                if (distributed) {
                    config.require("ExecutionType");
                } else if (config.has("ExecutionType")) {
                    config.fail("ExecutionType", "is only allowed with Mode DISTRIBUTED");
                }
            }
        }
        scope.graphs().check(processor);
        return distributed;
    }
}
