package dev.stepcamel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * RedriveExecution through the AWS SDK against the whole runtime, on the durable store and in
 * memory: only what failed runs again, with the same input, after an ExecutionRedriven event.
 */
class RedriveExecutionTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
    static final String COUNT = "arn:aws:lambda:us-east-1:123456789012:function:count";
    /** Fails while the input's {@code attempt} is below its {@code pass}. */
    static final String GATE = "arn:aws:lambda:us-east-1:123456789012:function:gate";

    /**
     * Count (a Task, runs once) → Fan (a Parallel whose branch B fails until the first redrive)
     * → Items (a Map, one item at a time, whose last item fails until the second) → Done.
     */
    static final String STAGED = """
            {"StartAt": "Count", "States": {
              "Count": {"Type": "Task", "Resource": "%1$s", "Parameters": {"key.$": "$.key"}, "ResultPath": null,
                        "Next": "Fan"},
              "Fan": {"Type": "Parallel", "ResultPath": null, "Next": "Items", "Branches": [
                {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "End": true}}},
                {"StartAt": "B1", "States": {"B1": {"Type": "Task", "Resource": "%2$s",
                  "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}, "End": true}}}]},
              "Items": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1, "ResultPath": "$.results",
                        "Next": "Done", "ItemProcessor": {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.bad", "BooleanEquals": true,
                            "Next": "Gate"}], "Default": "Ok"},
                  "Gate": {"Type": "Task", "Resource": "%2$s", "End": true,
                           "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 2}},
                  "Ok": {"Type": "Pass", "End": true}}}},
              "Done": {"Type": "Pass", "Parameters": {"redrives.$": "$$.Execution.RedriveCount",
                       "redriveTime.$": "$$.Execution.RedriveTime", "results.$": "$.results"}, "End": true}}}
            """.formatted(COUNT, GATE);

    /** One Task that fails until the first redrive. */
    static final String GATED = """
            {"StartAt": "Gate", "States": {"Gate": {"Type": "Task", "Resource": "%s", "End": true,
              "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}}}}
            """.formatted(GATE);

    static RedriveRuntime durable;
    static RedriveRuntime memory;
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("stepcamel-redrive-data");
        durable = new RedriveRuntime(dataDir);
        memory = new RedriveRuntime(null);
    }

    @AfterAll
    static void stop() {
        if (durable != null) {
            durable.close();
        }
        if (memory != null) {
            memory.close();
        }
    }

    static Stream<RedriveRuntime> runtimes() {
        return Stream.of(durable, memory);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("runtimes")
    void onlyWhatFailedRunsAgainUntilTheExecutionSucceeds(RedriveRuntime runtime) throws Exception {
        SfnClient sfn = runtime.sfn;
        String key = UUID.randomUUID().toString();
        String machine = create(sfn, "staged", STAGED, StateMachineType.STANDARD);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).input(
                "{\"key\":\"" + key + "\",\"items\":[{\"bad\":false},{\"bad\":false},{\"bad\":true}]}")).executionArn();

        DescribeExecutionResponse first = awaitEnd(sfn, arn);
        assertThat(first.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(first.cause()).contains("attempt 0 of 1");
        assertThat(first.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
        assertThat(first.redriveStatusReason()).isNull();
        assertThat(first.redriveCount()).isZero();
        assertThat(first.redriveDate()).isNull();

        Instant redriven = sfn.redriveExecution(r -> r.executionArn(arn).clientToken("first-" + key)).redriveDate();
        assertThat(redriven).isNotNull();
        assertThat(sfn.redriveExecution(r -> r.executionArn(arn).clientToken("first-" + key)).redriveDate())
                .as("the same client token is answered again, without a second redrive").isEqualTo(redriven);
        DescribeExecutionResponse second = awaitEnd(sfn, arn);
        assertThat(second.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(second.cause()).contains("attempt 1 of 2");
        assertThat(second.redriveCount()).isEqualTo(1);
        assertThat(second.redriveDate()).isEqualTo(redriven);

        sfn.redriveExecution(r -> r.executionArn(arn));
        DescribeExecutionResponse third = awaitEnd(sfn, arn);
        assertThat(third.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(third.redriveCount()).isEqualTo(2);
        assertThat(third.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(third.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        JsonNode output = Json.parse(third.output());
        assertThat(output.get("redrives").asInt()).isEqualTo(2);
        assertThat(output.get("redriveTime").asText()).isNotBlank();
        assertThat(output.get("results")).hasSize(3);

        List<HistoryEvent> history = history(sfn, arn);
        assertThat(RedriveRuntime.CALLS.of(key)).as("the Task before the failure ran once").isEqualTo(1);
        assertThat(entered(history, "Count")).isEqualTo(1);
        assertThat(history.stream().filter(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN)
                .map(e -> e.executionRedrivenEventDetails().redriveCount())).containsExactly(1, 2);
        assertThat(entered(history, "A1")).as("the branch that succeeded ran once").isEqualTo(1);
        assertThat(entered(history, "B1")).as("the failed branch ran again").isEqualTo(2);
        List<HistoryEvent> afterSecond = history.subList(lastIndexOf(history, HistoryEventType.EXECUTION_REDRIVEN),
                history.size());
        assertThat(entered(afterSecond, "Gate")).as("the failed iteration runs again from its failed state")
                .isEqualTo(1);
        assertThat(entered(afterSecond, "B1")).as("the branch that succeeded does not run again").isZero();
        // Iterations may take their one slot in any order: those that succeeded before the redrive
        // do not run again, the failed one and any that were cut short or never started do.
        assertThat(history.stream().filter(e -> e.type() == HistoryEventType.MAP_ITERATION_SUCCEEDED)
                .map(e -> e.mapIterationSucceededEventDetails().index()))
                .as("each iteration succeeded exactly once").containsExactlyInAnyOrder(0, 1, 2);
        assertThat(afterSecond.stream().filter(e -> e.type() == HistoryEventType.MAP_ITERATION_SUCCEEDED)
                .map(e -> e.mapIterationSucceededEventDetails().index())).contains(2);
        assertThat(count(history, HistoryEventType.PARALLEL_STATE_ENTERED)).isEqualTo(1);
        assertThat(history.get(history.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);

        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(arn)))
                .isInstanceOf(ExecutionNotRedrivableException.class)
                .hasMessageStartingWith("Execution is SUCCEEDED and cannot be redriven");
        List<ExecutionListItem> redrivenList = sfn.listExecutions(r -> r.stateMachineArn(machine)
                .redriveFilter(ExecutionRedriveFilter.REDRIVEN)).executions();
        assertThat(redrivenList).extracting(ExecutionListItem::executionArn).contains(arn);
        assertThat(redrivenList.stream().filter(e -> e.executionArn().equals(arn)).findFirst().orElseThrow()
                .redriveCount()).isEqualTo(2);
        assertThat(sfn.listExecutions(r -> r.stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.NOT_REDRIVEN))
                .executions()).extracting(ExecutionListItem::executionArn).doesNotContain(arn);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("runtimes")
    void aRedriveKeepsTheVariablesAssignedBeforeTheFailure(RedriveRuntime runtime) throws Exception {
        SfnClient sfn = runtime.sfn;
        String machine = create(sfn, "variables-" + UUID.randomUUID().toString().substring(0, 8), """
                {"StartAt": "Set", "States": {
                  "Set": {"Type": "Pass", "Assign": {"greeting": "hello"}, "Next": "Gate"},
                  "Gate": {"Type": "Task", "Resource": "%s", "ResultPath": null, "Next": "Use",
                           "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}},
                  "Use": {"Type": "Pass", "Parameters": {"greeting.$": "$greeting"}, "End": true}}}
                """.formatted(GATE), StateMachineType.STANDARD);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).input("{}")).executionArn();
        assertThat(awaitEnd(sfn, arn).status()).isEqualTo(ExecutionStatus.FAILED);

        sfn.redriveExecution(r -> r.executionArn(arn));
        DescribeExecutionResponse again = awaitEnd(sfn, arn);

        assertThat(again.status()).as(again.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(again.output()).isEqualTo("{\"greeting\":\"hello\"}");
    }

    @Test
    void retryCountersStartOverOnARedrive() throws Exception {
        SfnClient sfn = durable.sfn;
        String machine = create(sfn, "retrying", """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:broken",
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1, "IntervalSeconds": 1}], "End": true}}}
                """, StateMachineType.STANDARD);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"a\":1}")).executionArn();
        assertThat(awaitEnd(sfn, arn).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(count(history(sfn, arn), HistoryEventType.LAMBDA_FUNCTION_SCHEDULED)).isEqualTo(2);

        sfn.redriveExecution(r -> r.executionArn(arn));
        DescribeExecutionResponse again = awaitEnd(sfn, arn);

        assertThat(again.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(again.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
        List<HistoryEvent> history = history(sfn, arn);
        assertThat(count(history, HistoryEventType.LAMBDA_FUNCTION_SCHEDULED)).as("one call and one retry per attempt")
                .isEqualTo(4);
        List<HistoryEvent> rerun = history.subList(lastIndexOf(history, HistoryEventType.EXECUTION_REDRIVEN),
                history.size());
        assertThat(rerun.get(1).type()).isEqualTo(HistoryEventType.TASK_STATE_ENTERED);
        assertThat(rerun.get(1).stateEnteredEventDetails().input()).isEqualTo("{\"a\":1}");
    }

    @Test
    void theExecutionTimeoutStartsOverAtTheRedrive() throws Exception {
        SfnClient sfn = memory.sfn;
        String machine = create(sfn, "slow", """
                {"TimeoutSeconds": 1, "StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 3, "End": true}}}
                """, StateMachineType.STANDARD);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        DescribeExecutionResponse timedOut = awaitEnd(sfn, arn);
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(timedOut.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);

        Instant redriven = sfn.redriveExecution(r -> r.executionArn(arn)).redriveDate();
        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(arn)))
                .isInstanceOf(ExecutionNotRedrivableException.class)
                .hasMessageStartingWith("Execution is RUNNING and cannot be redriven");
        DescribeExecutionResponse again = awaitEnd(sfn, arn);

        assertThat(again.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(Duration.between(redriven, again.stopDate())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(entered(history(sfn, arn), "Nap")).isEqualTo(2);
    }

    @Test
    void aRedriveRunsTheDefinitionTheExecutionStartedWithAfterAnUpdate() throws Exception {
        SfnClient sfn = memory.sfn;
        String machine = create(sfn, "updated", GATED, StateMachineType.STANDARD);
        String arn = failedOnce(sfn, machine);
        sfn.updateStateMachine(r -> r.stateMachineArn(machine)
                .definition("{\"StartAt\":\"Other\",\"States\":{\"Other\":{\"Type\":\"Fail\"}}}"));
        // The update retired the routes of the version the execution ran: the redrive deploys it again.

        sfn.redriveExecution(r -> r.executionArn(arn));

        DescribeExecutionResponse done = awaitEnd(sfn, arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(entered(history(sfn, arn), "Gate")).isEqualTo(2);
        assertThat(entered(history(sfn, arn), "Other")).isZero();
    }

    @Test
    void refusals() {
        SfnClient sfn = memory.sfn;
        String arn = "arn:aws:states:us-east-1:123456789012:execution:none:nope";
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(arn)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        String express = create(sfn, "quick", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Fail\"}}}",
                StateMachineType.EXPRESS);
        String expressArn = sfn.startExecution(r -> r.stateMachineArn(express)).executionArn();
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(expressArn)))
                .isInstanceOf(ExecutionNotRedrivableException.class);
    }

    @Test
    void theAwsCliRedrivesAnExecution() throws Exception {
        java.util.Optional<Path> aws = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "aws")).filter(Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(aws.isPresent(), "the AWS CLI is not on PATH: skipped");
        SfnClient sfn = memory.sfn;
        String arn = failedOnce(sfn, create(sfn, "cli", GATED, StateMachineType.STANDARD));

        ProcessBuilder cli = new ProcessBuilder(aws.get().toString(), "stepfunctions", "redrive-execution",
                "--endpoint-url", memory.endpoint(), "--execution-arn", arn, "--output", "json");
        cli.environment().put("AWS_ACCESS_KEY_ID", "test");
        cli.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        cli.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        cli.redirectErrorStream(true);
        Process process = cli.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(printed).isZero();

        assertThat(Json.parse(printed).has("redriveDate")).as(printed).isTrue();
        DescribeExecutionResponse done = awaitEnd(sfn, arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output()).get("passed").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedExecutionIsRedrivenAfterARestartOfTheDurableStore() throws Exception {
        Path dir = Files.createTempDirectory("stepcamel-redrive-restart");
        String arn;
        String machine;
        try (RedriveRuntime before = new RedriveRuntime(dir)) {
            machine = create(before.sfn, "restarted", """
                    {"StartAt": "First", "States": {
                      "First": {"Type": "Pass", "Result": "kept", "ResultPath": "$.first", "Next": "Gate"},
                      "Gate": {"Type": "Task", "Resource": "%s", "ResultPath": null, "Next": "End",
                               "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}},
                      "End": {"Type": "Succeed"}}}
                    """.formatted(GATE), StateMachineType.STANDARD);
            String machineArn = machine;
            arn = before.sfn.startExecution(r -> r.stateMachineArn(machineArn).input("{}")).executionArn();
            assertThat(awaitEnd(before.sfn, arn).status()).isEqualTo(ExecutionStatus.FAILED);
        }
        try (RedriveRuntime after = new RedriveRuntime(dir)) {
            assertThat(after.sfn.describeExecution(r -> r.executionArn(arn)).redriveStatus())
                    .isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
            after.sfn.redriveExecution(r -> r.executionArn(arn));
            DescribeExecutionResponse done = awaitEnd(after.sfn, arn);
            assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(Json.parse(done.output()).get("first").asText()).isEqualTo("kept");
            assertThat(entered(history(after.sfn, arn), "First")).isEqualTo(1);
        }
        try (RedriveRuntime reopened = new RedriveRuntime(dir)) {
            DescribeExecutionResponse read = reopened.sfn.describeExecution(r -> r.executionArn(arn));
            assertThat(read.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(read.redriveCount()).isEqualTo(1);
            assertThat(count(history(reopened.sfn, arn), HistoryEventType.EXECUTION_REDRIVEN)).isEqualTo(1);
        }
    }

    @Test
    void aRedrivenExecutionInterruptedByARestartResumesAsRedriven() throws Exception {
        Path dir = Files.createTempDirectory("stepcamel-redrive-resume");
        String arn;
        try (RedriveRuntime before = new RedriveRuntime(dir)) {
            String machine = create(before.sfn, "resumed", """
                    {"StartAt": "Gate", "States": {
                      "Gate": {"Type": "Task", "Resource": "%s", "ResultPath": null, "Next": "Nap",
                               "Parameters": {"attempt.$": "$$.Execution.RedriveCount", "pass": 1}},
                      "Nap": {"Type": "Wait", "Seconds": 2, "Next": "Done"},
                      "Done": {"Type": "Pass", "Parameters": {"redrives.$": "$$.Execution.RedriveCount"}, "End": true}}}
                    """.formatted(GATE), StateMachineType.STANDARD);
            arn = before.sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
            assertThat(awaitEnd(before.sfn, arn).status()).isEqualTo(ExecutionStatus.FAILED);
            before.sfn.redriveExecution(r -> r.executionArn(arn));
            long deadline = System.currentTimeMillis() + 10_000;
            while (entered(history(before.sfn, arn), "Nap") == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(before.sfn.describeExecution(r -> r.executionArn(arn)).status())
                    .isEqualTo(ExecutionStatus.RUNNING);
        } // closed while the redriven run waits
        try (RedriveRuntime after = new RedriveRuntime(dir)) {
            DescribeExecutionResponse done = awaitEnd(after.sfn, arn);
            assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(done.redriveCount()).isEqualTo(1);
            assertThat(Json.parse(done.output()).get("redrives").asInt()).isEqualTo(1);
            List<HistoryEvent> history = history(after.sfn, arn);
            assertThat(entered(history, "Gate")).isEqualTo(2);
            assertThat(entered(history, "Nap")).isEqualTo(1);
        }
    }

    /** An execution of {@code machine} (a {@link #GATED} one) that has failed its first attempt. */
    static String failedOnce(SfnClient sfn, String machine) throws InterruptedException {
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        assertThat(awaitEnd(sfn, arn).status()).isEqualTo(ExecutionStatus.FAILED);
        return arn;
    }

    static String create(SfnClient sfn, String prefix, String definition, StateMachineType type) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(ROLE).type(type))
                .stateMachineArn();
    }

    static DescribeExecutionResponse awaitEnd(SfnClient sfn, String arn) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(arn));
            if (described.status() != ExecutionStatus.RUNNING) {
                return described;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("still running: " + arn);
            }
            Thread.sleep(20);
        }
    }

    static List<HistoryEvent> history(SfnClient sfn, String arn) {
        return sfn.getExecutionHistoryPaginator(r -> r.executionArn(arn)).events().stream().toList();
    }

    static long count(List<HistoryEvent> history, HistoryEventType type) {
        return history.stream().filter(e -> e.type() == type).count();
    }

    static long entered(List<HistoryEvent> history, String state) {
        return history.stream().filter(e -> e.stateEnteredEventDetails() != null
                && e.stateEnteredEventDetails().name().equals(state)).count();
    }

    static int lastIndexOf(List<HistoryEvent> history, HistoryEventType type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }
}
