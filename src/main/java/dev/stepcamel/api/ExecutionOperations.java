package dev.stepcamel.api;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.WorkflowEngine;
import dev.stepcamel.store.ExecutionStore;
import dev.stepcamel.store.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/** Starting and stopping executions, with AWS's name and input rules. */
final class ExecutionOperations {
    static final int MAX_ERROR = 256;
    static final int MAX_CAUSE = 32_768;
    static final int MAX_CLIENT_TOKEN = 64;

    private final WorkflowEngine engine;
    private final ExecutionStore executions;
    private final MachineOperations machines;
    private final Arns arns;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final RedriveTokens redriveTokens = new RedriveTokens();

    ExecutionOperations(WorkflowEngine engine, ExecutionStore executions, MachineOperations machines, Arns arns,
            Clock clock, Supplier<UUID> ids) {
        this.engine = engine;
        this.executions = executions;
        this.machines = machines;
        this.arns = arns;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Starts an execution. A Standard execution's name is unique per machine: the same name and
     * input while it runs returns that execution; otherwise AWS answers ExecutionAlreadyExists.
     * Express executions get a fresh ARN each time and are not kept (AWS does not list them).
     */
    Execution start(String machineArn, String name, String input, String traceHeader) {
        DeployedMachine machine = machines.describe(machineArn).current().machine();
        String executionName = name == null ? ids.get().toString() : Names.require(name);
        String executionInput = ExecutionInput.require(input);
        if (machine.type() == MachineType.EXPRESS) {
            String arn = arns.expressExecution(machine.name(), executionName, ids.get().toString());
            Execution execution = new Execution(arn, executionName, machine, executionInput, clock.instant(), false,
                    traceHeader);
            engine.start(execution);
            return execution;
        }
        String arn = arns.execution(machine.name(), executionName);
        Execution fresh = new Execution(arn, executionName, machine, executionInput, clock.instant(), true,
                traceHeader);
        Execution stored = executions.putIfAbsent(fresh);
        if (stored != fresh) {
            if (stored.isRunning() && stored.input().equals(executionInput)) {
                return stored;
            }
            throw Errors.executionAlreadyExists(arn);
        }
        try {
            engine.start(fresh);
        } catch (RuntimeException e) {
            // Otherwise it would be listed as RUNNING forever and block its name.
            fresh.complete(ExecutionStatus.FAILED, clock.instant(), null, "States.Runtime", e.getMessage());
            throw e;
        }
        awaitDurable(fresh); // a started execution is acknowledged once its start would survive a crash
        return fresh;
    }

    Execution startExpress(String machineArn, String name, String input, String traceHeader) {
        if (machines.describe(machineArn).current().machine().type() != MachineType.EXPRESS) {
            throw Errors.typeNotSupported();
        }
        return start(machineArn, name, input, traceHeader);
    }

    Execution describe(String executionArn) {
        Arns.requireExecution(executionArn);
        return executions.find(executionArn).orElseThrow(() -> Errors.executionDoesNotExist(executionArn));
    }

    /** Aborts a running execution; an ended one is left as it was. */
    Execution stop(String executionArn, String error, String cause) {
        requireLength("error", error, MAX_ERROR);
        requireLength("cause", cause, MAX_CAUSE);
        Execution execution = describe(executionArn);
        if (execution.isRunning() && !engine.stop(execution, error, cause) && execution.isRunning()) {
            // The engine no longer knows it (e.g. after a restart): record the abort ourselves.
            execution.complete(ExecutionStatus.ABORTED, clock.instant(), null, error, cause);
        }
        awaitDurable(execution);
        return execution;
    }

    /**
     * Redrives an ended Standard execution from its unsuccessful states and returns the redrive
     * date; a client token used for it before (within 15 minutes) gets the same answer again.
     */
    Instant redrive(String executionArn, String clientToken) {
        requireLength("clientToken", clientToken, MAX_CLIENT_TOKEN);
        if (executionArn != null && executionArn.contains(":express:")) {
            throw Errors.executionNotRedrivable("Execution of an EXPRESS state machine cannot be redriven");
        }
        Arns.requireExecution(executionArn);
        Instant now = clock.instant();
        Instant before = redriveTokens.find(executionArn, clientToken, now);
        if (before != null) {
            return before;
        }
        Execution execution = describe(executionArn);
        RedriveStatus status = redriveStatus(execution);
        if (!status.isRedrivable()) {
            throw Errors.executionNotRedrivable(status.reason());
        }
        if (!engine.redrive(execution)) {
            throw Errors.executionNotRedrivable(redriveStatus(execution).reason());
        }
        awaitDurable(execution);
        redriveTokens.remember(executionArn, clientToken, now, execution.redriveDate());
        return execution.redriveDate();
    }

    RedriveStatus redriveStatus(Execution execution) {
        return RedriveStatus.of(execution, machines.exists(execution.machine().arn()), clock.instant());
    }

    /** Waits (briefly: group commits take milliseconds) until what the execution recorded is durable. */
    private static void awaitDurable(Execution execution) {
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        execution.afterCommit(committed::countDown);
        try {
            if (!committed.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the store did not commit within 30 s");
            }
            if (execution.hasOutcome()) {
                execution.awaitCompletion(30_000); // the outcome shows once its commit is seen
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireLength(String member, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.validation("'" + value + "'", member, "have length less than or equal to " + max);
        }
    }

    /** Gives up on a synchronous Express execution that ran past its limit, as AWS times it out. */
    void timeOut(Execution execution) {
        engine.timeOut(execution);
    }

    int purgeEndedBefore(java.time.Instant cutoff) {
        return executions.purgeEndedBefore(cutoff);
    }

    Page<Execution> list(String machineArn, ExecutionStatus statusFilter, Boolean redriven, String nextToken,
            int maxResults) {
        return executions.list(machineArn, statusFilter, redriven, nextToken, maxResults);
    }
}
