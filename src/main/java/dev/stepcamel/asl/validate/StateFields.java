package dev.stepcamel.asl.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which fields each state type accepts in JSONPath mode; anything else is an error there. */
final class StateFields {
    private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");
    private static final List<String> TRANSITION = List.of("Next", "End");
    private static final List<String> IO = List.of("InputPath", "OutputPath");
    private static final List<String> RESULT = List.of("ResultPath", "Parameters", "ResultSelector", "Assign");
    private static final List<String> ERRORS = List.of("Retry", "Catch");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "Pass", of(List.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result",
                    "Assign")),
            "Task", of(TRANSITION, IO, RESULT, ERRORS, List.of("Resource", "TimeoutSeconds", "TimeoutSecondsPath",
                    "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials")),
            "Choice", of(IO, List.of("Choices", "Default", "Assign")),
            "Wait", of(TRANSITION, IO, List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign")),
            "Succeed", of(IO),
            "Fail", of(List.of("Error", "ErrorPath", "Cause", "CausePath")),
            "Parallel", of(TRANSITION, IO, RESULT, ERRORS, List.of("Branches")),
            "Map", of(TRANSITION, IO, RESULT, ERRORS, List.of("ItemProcessor", "Iterator", "ItemSelector",
                    "ItemsPath", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath",
                    "ItemReader", "ItemBatcher", "ResultWriter", "Label")));

    /** The types that move on by Next or End (the others end or branch on their own). */
    static final Set<String> TRANSITIONING = Set.of("Pass", "Task", "Wait", "Parallel", "Map");

    private StateFields() {
    }

    /** The common fields plus the given groups. */
    @SafeVarargs
    static Set<String> of(List<String>... groups) {
        Set<String> fields = new HashSet<>(COMMON);
        for (List<String> group : groups) {
            fields.addAll(group);
        }
        return Set.copyOf(fields);
    }
}
