package dev.stepcamel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.runtime.MachineType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionOperationsTest {
    private final ServiceFixture f = new ServiceFixture();
    private final String machineArn = f.create("m", MachineType.STANDARD).arn();

    @Test
    void startDefaultsNameToAnIdAndInputToAnEmptyObject() {
        Execution started = f.service.startExecution(machineArn, null, null, null);

        assertThat(started.name()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(started.executionArn())
                .isEqualTo("arn:aws:states:eu-west-1:111122223333:execution:m:00000000-0000-0000-0000-000000000001");
        assertThat(started.input()).isEqualTo("{}");
        assertThat(f.service.describeExecution(started.executionArn()).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void sameNameAndInputWhileRunningReturnsTheRunningExecution() {
        f.engine.holdRunning = true;
        Execution first = f.service.startExecution(machineArn, "once", "{\"a\":1}", null);

        Execution again = f.service.startExecution(machineArn, "once", "{\"a\":1}", null);

        assertThat(again).isSameAs(first);
        assertThatThrownBy(() -> f.service.startExecution(machineArn, "once", "{\"a\":2}", null))
                .hasFieldOrPropertyWithValue("type", "ExecutionAlreadyExists")
                .hasMessage("Execution Already Exists: '" + first.executionArn() + "'");
    }

    @Test
    void sameNameAfterTheExecutionEndedIsRefusedEvenWithTheSameInput() {
        f.service.startExecution(machineArn, "once", "{}", null);

        assertThatThrownBy(() -> f.service.startExecution(machineArn, "once", "{}", null))
                .hasFieldOrPropertyWithValue("type", "ExecutionAlreadyExists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{} {}", "nope", "{\"a\":}", ""})
    void inputThatIsNotOneJsonValueIsRefused(String input) {
        assertThatThrownBy(() -> f.service.startExecution(machineArn, null, input, null))
                .hasFieldOrPropertyWithValue("type", "InvalidExecutionInput");
    }

    @Test
    void inputOfAtMost256KibIsAcceptedAndLargerRefused() {
        String fits = "\"" + "x".repeat(ExecutionInput.MAX_BYTES - 2) + "\"";
        String tooBig = "\"" + "x".repeat(ExecutionInput.MAX_BYTES - 1) + "\"";

        assertThat(f.service.startExecution(machineArn, "fits", fits, null).input()).isEqualTo(fits);
        assertThatThrownBy(() -> f.service.startExecution(machineArn, "big", tooBig, null))
                .hasFieldOrPropertyWithValue("type", "InvalidExecutionInput");
    }

    @Test
    void invalidExecutionNameIsRefused() {
        assertThatThrownBy(() -> f.service.startExecution(machineArn, "no spaces", null, null))
                .hasFieldOrPropertyWithValue("type", "InvalidName");
    }

    @Test
    void expressExecutionsGetAnExpressArnAndAreNeitherKeptNorListed() {
        String express = f.create("fast", MachineType.EXPRESS).arn();

        Execution started = f.service.startExecution(express, "run", null, null);

        assertThat(started.executionArn()).isEqualTo(
                "arn:aws:states:eu-west-1:111122223333:express:fast:run:00000000-0000-0000-0000-000000000001");
        assertThat(started.history()).isNull();
        assertThatThrownBy(() -> f.service.describeExecution(started.executionArn()))
                .hasFieldOrPropertyWithValue("type", "InvalidArn");
        assertThatThrownBy(() -> f.service.listExecutions(express, null, null, 10))
                .hasFieldOrPropertyWithValue("type", "StateMachineTypeNotSupported");
    }

    @Test
    void syncExecutionOnlyRunsExpressMachinesAndCompletesWithTheOutcome() throws Exception {
        String express = f.create("fast", MachineType.EXPRESS).arn();

        Execution done = f.service.startSyncExecution(express, null, "{\"x\":1}", null).get(5, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"x\":1}");
        assertThatThrownBy(() -> f.service.startSyncExecution(machineArn, null, null, null))
                .hasFieldOrPropertyWithValue("type", "StateMachineTypeNotSupported");
    }

    @Test
    void syncExecutionThatRunsPastItsLimitTimesOut() throws Exception {
        ServiceFixture quick = new ServiceFixture(new ApiSettings("us-east-1", "1", Duration.ofMillis(50)));
        String express = quick.create("slow", MachineType.EXPRESS).arn();
        quick.engine.holdRunning = true;

        Execution done = quick.service.startSyncExecution(express, null, null, null).get(5, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    }

    @Test
    void listShowsNewestFirstFiltersByStatusAndPages() {
        for (int i = 1; i <= 5; i++) {
            f.service.startExecution(machineArn, "e" + i, i % 2 == 0 ? "{\"fail\":true}" : "{}", null);
        }

        var first = f.service.listExecutions(machineArn, null, null, 2);
        var second = f.service.listExecutions(machineArn, null, first.nextToken(), 2);
        var failed = f.service.listExecutions(machineArn, ExecutionStatus.FAILED, null, 10);

        assertThat(first.items()).extracting(Execution::name).containsExactly("e5", "e4");
        assertThat(second.items()).extracting(Execution::name).containsExactly("e3", "e2");
        assertThat(failed.items()).extracting(Execution::name).containsExactly("e4", "e2");
        assertThat(failed.nextToken()).isNull();
        assertThatThrownBy(() -> f.service.listExecutions(machineArn, ExecutionStatus.FAILED, first.nextToken(), 2))
                .hasFieldOrPropertyWithValue("type", "InvalidToken");
    }

    @Test
    void stopAbortsARunningExecutionWithErrorAndCause() {
        f.engine.holdRunning = true;
        Execution running = f.service.startExecution(machineArn, "long", null, null);
        f.clock.advance(Duration.ofSeconds(3));

        Execution stopped = f.service.stopExecution(running.executionArn(), "Manual", "operator said so");

        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(stopped.stopDate()).isEqualTo(f.clock.instant());
        assertThat(stopped.error()).isEqualTo("Manual");
        assertThat(stopped.cause()).isEqualTo("operator said so");
    }

    @Test
    void anExecutionTheEngineCouldNotStartIsRecordedAsFailed() {
        f.engine.failStart = new IllegalStateException("no routes");

        assertThatThrownBy(() -> f.service.startExecution(machineArn, "broken", null, null))
                .isInstanceOf(IllegalStateException.class);

        Execution broken = f.service.describeExecution("arn:aws:states:eu-west-1:111122223333:execution:m:broken");
        assertThat(broken.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(broken.cause()).isEqualTo("no routes");
    }

    @Test
    void stopRefusesAnErrorLongerThanAwsAllows() {
        f.engine.holdRunning = true;
        Execution running = f.service.startExecution(machineArn, "long", null, null);

        assertThatThrownBy(() -> f.service.stopExecution(running.executionArn(), "e".repeat(257), null))
                .hasFieldOrPropertyWithValue("type", "ValidationException");
        assertThat(running.isRunning()).isTrue();
    }

    @Test
    void stopOfUnknownExecutionFailsAsAws() {
        String arn = "arn:aws:states:eu-west-1:111122223333:execution:m:ghost";
        assertThatThrownBy(() -> f.service.stopExecution(arn, null, null))
                .hasFieldOrPropertyWithValue("type", "ExecutionDoesNotExist")
                .hasMessage("Execution Does Not Exist: '" + arn + "'");
    }

    @Test
    void historyPagesForwardAndBackward() {
        Execution done = f.service.startExecution(machineArn, "h", null, null);

        var first = f.service.getExecutionHistory(done.executionArn(), false, null, 3);
        var rest = f.service.getExecutionHistory(done.executionArn(), false, first.nextToken(), 3);
        var newest = f.service.getExecutionHistory(done.executionArn(), true, null, 1);

        assertThat(first.items()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L);
        assertThat(rest.items()).extracting(HistoryEvent::id).containsExactly(4L);
        assertThat(rest.nextToken()).isNull();
        assertThat(newest.items()).extracting(HistoryEvent::type).containsExactly("ExecutionSucceeded");
        assertThatThrownBy(() -> f.service.getExecutionHistory(done.executionArn(), true, first.nextToken(), 3))
                .hasFieldOrPropertyWithValue("type", "InvalidToken");
    }
}
