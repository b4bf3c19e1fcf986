package dev.stepcamel.asl.validate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of Pass, Task, Wait and Fail states. */
final class BasicStates {
    /** arn:partition:service:region:account:resource, region and account may be empty. */
    private static final Pattern ARN = Pattern.compile("arn:[a-z0-9-]+:[A-Za-z0-9-]+:[^:\\s]*:[^:\\s]*:\\S+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[a-z0-9-]+:states:[^:]*:[^:]*:activity:.+");
    private static final List<String> WAIT_FIELDS = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");

    private BasicStates() {
    }

    static void pass(Node state, StateChecker.Scope scope) {
        // Result is free JSON; Parameters, paths and Next/End are checked for every state.
    }

    static void task(Node state, StateChecker.Scope scope) {
        if (state.require("Resource")) {
            String resource = state.text("Resource");
            if (resource != null && !ARN.matcher(resource).matches()) {
                state.fail("Resource", "is not a valid resource ARN: '" + resource + "'");
            } else if (resource != null && scope.graphs().express()) {
                expressResource(state, resource);
            }
        }
        state.exclusive("TimeoutSeconds", "TimeoutSecondsPath");
        state.exclusive("HeartbeatSeconds", "HeartbeatSecondsPath");
        Integer timeout = state.integer("TimeoutSeconds", 1, "a positive integer");
        Integer heartbeat = state.integer("HeartbeatSeconds", 1, "a positive integer");
        state.valueReference("TimeoutSecondsPath");
        state.valueReference("HeartbeatSecondsPath");
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            state.fail("HeartbeatSeconds", "must be smaller than TimeoutSeconds (" + timeout + "), but was " + heartbeat);
        }
        if (state.has("Credentials")) {
            Node credentials = state.child("Credentials", "the Credentials of " + state.what);
            if (credentials != null) {
                credentials.allowOnly(Set.of("RoleArn", "RoleArn.$"));
                if (!credentials.has("RoleArn.$")) {
                    credentials.require("RoleArn");
                }
                credentials.exclusive("RoleArn", "RoleArn.$");
                credentials.text("RoleArn");
                Templates.check(state, "Credentials");
            }
        }
        ErrorHandlers.check(state, scope);
    }

    /** Express workflows run at most five minutes and never wait on an activity or a callback. */
    private static void expressResource(Node state, String resource) {
        Pointer at = state.at.child("Resource");
        if (ACTIVITY.matcher(resource).matches()) {
            state.problems.schema(at, "Express state machine does not support Activity ARN");
        }
        for (String pattern : List.of(".sync", ".waitForTaskToken")) {
            if (resource.endsWith(pattern) || resource.contains(pattern + ":")) {
                state.problems.schema(at, "Express state machine does not support '" + pattern
                        + "' service integration");
            }
        }
    }

    static void waitState(Node state, StateChecker.Scope scope) {
        long given = WAIT_FIELDS.stream().filter(state::has).count();
        if (given != 1) {
            state.failHere("must have exactly one of " + String.join("/", WAIT_FIELDS) + ", but has " + given);
        }
        state.nonNegativeInt("Seconds");
        state.path("SecondsPath", false);
        state.path("TimestampPath", false);
        String timestamp = state.text("Timestamp");
        if (timestamp != null && !Paths.isTimestamp(timestamp)) {
            state.fail("Timestamp", "must be an RFC 3339 timestamp such as 2016-03-14T01:59:00Z, but was '"
                    + timestamp + "'");
        }
    }

    static void fail(Node state, StateChecker.Scope scope) {
        state.exclusive("Error", "ErrorPath");
        state.exclusive("Cause", "CausePath");
        state.text("Error");
        state.text("Cause");
        state.pathOrIntrinsic("ErrorPath");
        state.pathOrIntrinsic("CausePath");
    }
}
