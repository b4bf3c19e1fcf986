package dev.stepcamel.runtime;

import dev.stepcamel.asl.model.StateMachineDefinition;

/** What the API (and the CLI) ask of the runtime: deploy machines, start and stop executions. */
public interface WorkflowEngine {

    /** Compiles a valid definition into Camel routes and starts them. */
    DeployedMachine deploy(String arn, String name, MachineType type, String definitionText,
            StateMachineDefinition definition, String roleArn);

    /** Removes the machine's routes once none of its executions is still running. */
    void undeploy(DeployedMachine machine);

    /** Starts the execution and returns at once; its outcome lands in the {@link Execution}. */
    void start(Execution execution);

    /** Aborts a running execution; returns {@code false} when it had already ended. */
    boolean stop(Execution execution, String error, String cause);

    /** Ends a running execution as TIMED_OUT (StartSyncExecution's limit); {@code false} when it had ended. */
    default boolean timeOut(Execution execution) {
        return execution.complete(ExecutionStatus.TIMED_OUT, java.time.Instant.now(), null, "States.Timeout", null);
    }

    /**
     * Redrives an ended (FAILED, TIMED_OUT or ABORTED) Standard execution from where it stopped;
     * returns {@code false} when it cannot.
     */
    default boolean redrive(Execution execution) {
        return false;
    }

    /** The routes the machine compiled to, as Camel YAML DSL. */
    String routesYaml(DeployedMachine machine);
}
