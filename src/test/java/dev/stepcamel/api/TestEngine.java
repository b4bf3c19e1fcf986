package dev.stepcamel.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.WorkflowEngine;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workflow engine for tests: an execution succeeds at once with its input as output, fails when
 * its input is {@code {"fail": ...}}, or keeps running while {@link #holdRunning} is set.
 */
public final class TestEngine implements WorkflowEngine {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Clock clock;
    private final AtomicInteger deployments = new AtomicInteger();
    public final List<DeployedMachine> deployed = new CopyOnWriteArrayList<>();
    public final List<DeployedMachine> undeployed = new CopyOnWriteArrayList<>();
    public volatile boolean holdRunning;
    /** Thrown by {@link #start} when set, as a broken engine would. */
    public volatile RuntimeException failStart;

    public TestEngine(Clock clock) {
        this.clock = clock;
    }

    @Override
    public DeployedMachine deploy(String arn, String name, MachineType type, String definitionText,
            StateMachineDefinition definition, String roleArn) {
        DeployedMachine machine = new DeployedMachine(arn, name, type, definitionText, definition, roleArn,
                clock.instant(), name + "-" + deployments.incrementAndGet());
        deployed.add(machine);
        return machine;
    }

    @Override
    public void undeploy(DeployedMachine machine) {
        undeployed.add(machine);
    }

    @Override
    public void start(Execution execution) {
        if (failStart != null) {
            throw failStart;
        }
        record(execution, "ExecutionStarted", details().put("input", execution.input()));
        if (holdRunning) {
            return;
        }
        if (execution.input().contains("\"fail\"")) {
            record(execution, "ExecutionFailed", details().put("error", "Boom").put("cause", "it failed"));
            execution.complete(ExecutionStatus.FAILED, clock.instant(), null, "Boom", "it failed");
            return;
        }
        record(execution, "PassStateEntered", details().put("name", "Only").put("input", execution.input()));
        record(execution, "PassStateExited", details().put("name", "Only").put("output", execution.input()));
        record(execution, "ExecutionSucceeded", details().put("output", execution.input()));
        execution.complete(ExecutionStatus.SUCCEEDED, clock.instant(), execution.input(), null, null);
    }

    /** Lets a held execution finish the way {@link #start} would have finished it. */
    public void finish(Execution execution) {
        execution.complete(ExecutionStatus.SUCCEEDED, clock.instant(), execution.input(), null, null);
    }

    @Override
    public boolean stop(Execution execution, String error, String cause) {
        boolean stopped = execution.complete(ExecutionStatus.ABORTED, clock.instant(), null, error, cause);
        if (stopped) {
            record(execution, "ExecutionAborted", details());
        }
        return stopped;
    }

    @Override
    public String routesYaml(DeployedMachine machine) {
        return "- route:\n    id: " + machine.routeKey() + "\n";
    }

    private static ObjectNode details() {
        return MAPPER.createObjectNode();
    }

    private void record(Execution execution, String type, ObjectNode details) {
        if (execution.history() != null) {
            execution.history().append(clock.instant(), type, details);
        }
    }
}
