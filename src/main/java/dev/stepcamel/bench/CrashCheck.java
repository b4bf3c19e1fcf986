package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp stepcamel.jar dev.stepcamel.bench.CrashCheck --executions 1000 --kills 5}:
 * runs the runtime as a child JVM on a fresh data directory, starts Standard executions of a
 * workflow with Wait, Task, a {@code .waitForTaskToken} callback, Map and workflow variables (the
 * tasks' keys are read from variables assigned at the top and in each iteration), kills the child
 * with {@code kill -9} at random moments, restarts it, and checks that every execution completed
 * exactly once, with the event types of an uninterrupted run (apart from retries of calls a kill
 * interrupted), that every task's side effect, counted by an HTTP server in this JVM, happened
 * once per attempt the history shows, and that each callback was answered, by that server
 * through the runtime's HTTP API (again and again while the runtime is down), exactly once: no
 * two answers accepted, and none accepted only when a kill cut off the reply to the one that was.
 */
@Command(name = "crash-check", mixinStandardHelpOptions = true,
        description = "Kill the runtime with kill -9 while executions run; check nothing is lost or done twice.")
public final class CrashCheck implements Callable<Integer> {
    static final String INTERRUPTED = "was interrupted by a restart of the runtime";

    @Option(names = "--executions", defaultValue = "1000", description = "Executions to start (default: ${DEFAULT-VALUE}).")
    int executions;

    @Option(names = "--kills", defaultValue = "5", description = "Times to kill -9 the runtime (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--items", defaultValue = "3", description = "Map items per execution (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the kill times (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--port", defaultValue = "0", description = "Port of the child runtime (default: a free one).")
    int port;

    /** What a check found; {@code problems} is empty when nothing was lost or repeated. */
    public record Report(int executions, int kills, int succeeded, int interruptedCalls, int callbacksAnswered,
            int answeredAfterOutage, int answersRefusedAfterOutage, long millis, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty() && succeeded == executions;
        }

        @Override
        public String toString() {
            return String.format("%d executions, %d kills: %d succeeded exactly once, %d interrupted calls retried,"
                    + " %d callbacks answered once through the API (%d of them only after retrying while the"
                    + " runtime was down; %d refused when sent again after a kill cut off the reply: answered"
                    + " then, or closed by the restart),"
                    + " %.1f s%s", executions, kills, succeeded, interruptedCalls, callbacksAnswered,
                    answeredAfterOutage, answersRefusedAfterOutage, millis / 1000.0,
                    problems.isEmpty() ? "" : "; problems:\n  " + String.join("\n  ", problems.subList(0,
                            Math.min(20, problems.size()))));
        }
    }

    public static void main(String[] args) {
        BenchEngine.quietLogging();
        System.exit(new CommandLine(new CrashCheck()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("stepcamel-crash");
        Report report = run(executions, kills, items, seed, port, work);
        System.out.println(report);
        System.out.println("routes, data and runtime logs: " + work);
        return report.ok() ? 0 : 1;
    }

    /** Runs the check in {@code work} (routes, data and logs go there). */
    public static Report run(int executions, int kills, int items, long seed, int port, Path work) throws Exception {
        long began = System.currentTimeMillis();
        Random random = new Random(seed);
        try (CounterServer counter = new CounterServer()) {
            Path routes = Files.createDirectories(work.resolve("routes"));
            Files.writeString(routes.resolve("crash.asl.json"), workflow());
            Files.writeString(routes.resolve("handlers.yaml"), HANDLERS);
            Files.createDirectories(work.resolve("config"));
            int childPort = port == 0 ? freePort() : port;
            ChildRuntime child = new ChildRuntime(work, childPort, counter.url());
            SfnHttp sfn = new SfnHttp(childPort);
            counter.answerer().answerTo(sfn);
            List<String> problems = new ArrayList<>();
            try {
                child.start();
                List<String> baseline = historyTypes(sfn, startAndWait(sfn, "baseline", items));
                List<String> arns = new ArrayList<>();
                for (int i = 0; i < executions; i++) {
                    arns.add(start(sfn, "e" + i, items));
                    if (arns.size() == executions / (kills + 1) && kills > 0) {
                        break; // the rest are started between kills
                    }
                }
                for (int k = 0; k < kills; k++) {
                    Thread.sleep(200 + random.nextInt(1800));
                    child.kill();
                    child.start();
                    int target = Math.min(executions, (k + 2) * executions / (kills + 1));
                    for (int i = arns.size(); i < (k == kills - 1 ? executions : target); i++) {
                        arns.add(start(sfn, "e" + i, items));
                    }
                }
                for (int i = arns.size(); i < executions; i++) {
                    arns.add(start(sfn, "e" + i, items));
                }
                return check(sfn, counter, arns, baseline, executions, kills, began, problems);
            } finally {
                child.kill();
            }
        }
    }

    private static Report check(SfnHttp sfn, CounterServer counter, List<String> arns, List<String> baseline,
            int executions, int kills, long began, List<String> problems) throws Exception {
        int succeeded = 0;
        int interrupted = 0;
        int answered = 0;
        for (String arn : arns) {
            JsonNode execution = awaitEnd(sfn, arn);
            String status = execution.path("status").asText();
            if (!"SUCCEEDED".equals(status)) {
                problems.add(arn + " ended " + status + " " + execution.path("error").asText("") + " "
                        + execution.path("cause").asText(""));
                continue;
            }
            JsonNode events = history(sfn, arn);
            List<String> types = new ArrayList<>();
            int retried = 0;
            for (JsonNode event : events) {
                types.add(event.path("type").asText());
                if (event.toString().contains(INTERRUPTED)) {
                    retried++;
                }
            }
            interrupted += retried;
            List<String> withoutRetries = withoutInterruptedRetries(events);
            if (!sameEvents(withoutRetries, baseline)) {
                problems.add(arn + ": history " + types + " differs from the uninterrupted " + baseline);
                continue;
            }
            String name = arn.substring(arn.lastIndexOf(':') + 1);
            problems.addAll(sideEffectProblems(counter, name, events));
            int answers = counter.answerer().accepted(name + ":ask");
            if (answers > 1 || answers == 0 && counter.answerer().unsure(name + ":ask") == 0) {
                problems.add(name + ": its callback was answered " + answers + " times");
            }
            answered += answers;
            succeeded++;
        }
        return new Report(executions, kills, succeeded, interrupted, answered,
                counter.answerer().acceptedAfterOutage(), counter.answerer().unsure(), System.currentTimeMillis() - began,
                problems);
    }

    /** Each task key's calls counted outside must be one per attempt the history shows, and at least one. */
    private static List<String> sideEffectProblems(CounterServer counter, String name, JsonNode events)
            throws IOException {
        List<String> problems = new ArrayList<>();
        java.util.Map<String, Integer> attempts = new java.util.HashMap<>();
        for (JsonNode event : events) {
            JsonNode scheduled = event.path("lambdaFunctionScheduledEventDetails");
            if (!scheduled.isMissingNode()) {
                String key = Json.parse(scheduled.path("input").asText()).path("key").asText();
                attempts.merge(key, 1, Integer::sum);
            }
            JsonNode task = event.path("taskScheduledEventDetails");
            if (!task.isMissingNode()) {
                String key = Json.parse(task.path("parameters").asText()).path("Payload").path("key").asText();
                attempts.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(List.of(name + ":work", name + ":ask"));
        attempts.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        for (String key : keys) {
            int calls = counter.count(key);
            int tries = attempts.getOrDefault(key, 0);
            if (calls < 1 || calls > tries) {
                problems.add(name + ": task " + key + " ran " + calls + " times for " + tries + " attempts in its history");
            }
        }
        return problems;
    }

    /**
     * The same events, and in the same order outside the Map: inside it the iterations take
     * MaxConcurrency's slots in whatever order they reach them, on AWS as here, so only the
     * events inside a Map are compared as a multiset.
     */
    static boolean sameEvents(List<String> types, List<String> baseline) {
        List<String> sorted = new ArrayList<>(types);
        List<String> sortedBaseline = new ArrayList<>(baseline);
        sorted.sort(null);
        sortedBaseline.sort(null);
        return sorted.equals(sortedBaseline) && outsideMaps(types).equals(outsideMaps(baseline));
    }

    private static List<String> outsideMaps(List<String> types) {
        List<String> outside = new ArrayList<>();
        boolean inside = false;
        for (String type : types) {
            if (type.equals("MapStateSucceeded") || type.equals("MapStateFailed")) {
                inside = false;
            }
            if (!inside) {
                outside.add(type);
            }
            if (type.equals("MapStateStarted")) {
                inside = true;
            }
        }
        return outside;
    }

    /**
     * The event types without each call a kill interrupted: its Failed event, and the Scheduled
     * and Started events of the retry that follows (other frames' events may come between).
     */
    static List<String> withoutInterruptedRetries(JsonNode events) {
        List<String> types = new ArrayList<>();
        java.util.Map<String, Integer> toDrop = new java.util.HashMap<>();
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (event.toString().contains(INTERRUPTED) && type.endsWith("Failed")) {
                String family = type.substring(0, type.length() - "Failed".length());
                toDrop.merge(family + "Scheduled", 1, Integer::sum);
                toDrop.merge(family + "Started", 1, Integer::sum);
            } else if (toDrop.getOrDefault(type, 0) > 0) {
                toDrop.merge(type, -1, Integer::sum);
            } else {
                types.add(type);
            }
        }
        return types;
    }

    private static String start(SfnHttp sfn, String name, int items) throws Exception {
        ObjectNode input = Json.MAPPER.createObjectNode();
        var list = input.putArray("items");
        for (int i = 0; i < items; i++) {
            list.add(i);
        }
        ObjectNode request = Json.MAPPER.createObjectNode().put("stateMachineArn", MACHINE).put("name", name)
                .put("input", Json.write(input));
        for (int attempt = 0;; attempt++) {
            try {
                return sfn.call("StartExecution", request).path("executionArn").asText();
            } catch (IOException e) {
                if (attempt == 50) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String startAndWait(SfnHttp sfn, String name, int items) throws Exception {
        String arn = start(sfn, name, items);
        awaitEnd(sfn, arn);
        return arn;
    }

    private static JsonNode awaitEnd(SfnHttp sfn, String arn) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            JsonNode execution = sfn.call("DescribeExecution", Json.MAPPER.createObjectNode().put("executionArn", arn));
            if (!"RUNNING".equals(execution.path("status").asText()) || System.currentTimeMillis() > deadline) {
                return execution;
            }
            Thread.sleep(100);
        }
    }

    private static JsonNode history(SfnHttp sfn, String arn) throws Exception {
        return sfn.call("GetExecutionHistory", Json.MAPPER.createObjectNode().put("executionArn", arn)
                .put("maxResults", 1000)).path("events");
    }

    private static List<String> historyTypes(SfnHttp sfn, String arn) throws Exception {
        List<String> types = new ArrayList<>();
        history(sfn, arn).forEach(e -> types.add(e.path("type").asText()));
        return types;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:crash";
    static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:side-effect";
    static final String RETRY = "[{\"ErrorEquals\":[\"Lambda.ServiceException\"],\"IntervalSeconds\":1,"
            + "\"MaxAttempts\":20,\"BackoffRate\":1.0}]";

    static String workflow() {
        return """
                {"StartAt": "Hold", "States": {
                  "Hold": {"Type": "Wait", "Seconds": 1, "Assign": {"who.$": "$$.Execution.Name"}, "Next": "Work"},
                  "Work": {"Type": "Task", "Resource": "%s",
                    "Parameters": {"key.$": "States.Format('{}:work', $who)"},
                    "ResultPath": "$.work", "Retry": %s, "Next": "Ask"},
                  "Ask": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "side-effect", "Payload": {
                      "key.$": "States.Format('{}:ask', $who)", "token.$": "$$.Task.Token"}},
                    "ResultSelector": {"answered.$": "$.answered"}, "ResultPath": "$.ask", "Retry": %s,
                    "Next": "Fan"},
                  "Fan": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
                    "ItemSelector": {"key.$": "States.Format('{}:item{}', $who, $$.Map.Item.Index)"},
                    "ItemProcessor": {"StartAt": "Take", "States": {
                      "Take": {"Type": "Pass", "Assign": {"mine.$": "$.key"}, "Next": "Item"},
                      "Item": {"Type": "Task", "Resource": "%s", "Parameters": {"key.$": "$mine"}, "Retry": %s,
                        "End": true}}},
                    "ResultPath": "$.fan", "Next": "Rest"},
                  "Rest": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """.formatted(FUNCTION, RETRY, RETRY, FUNCTION, RETRY);
    }

    static final String HANDLERS = """
            - route:
                id: side-effect
                from:
                  uri: direct:side-effect
                  steps:
                    - convertBodyTo: {type: java.lang.String}
                    - bean: {beanType: dev.stepcamel.bench.SideEffectClient, method: hit}
            """;
}
