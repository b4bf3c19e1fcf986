package dev.stepcamel.triggers;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import java.util.concurrent.CompletableFuture;

/**
 * Starts executions of a state machine named as in {@code routes/} on behalf of a trigger,
 * through the same service the Step Functions API uses (so names, quotas and history are the same).
 */
public final class ExecutionStarter {
    private final StepFunctionsService service;
    private final String arnPrefix;

    /**
     * @param region region in the machine ARN
     * @param account account id in the machine ARN
     */
    public ExecutionStarter(StepFunctionsService service, String region, String account) {
        this.service = service;
        this.arnPrefix = "arn:aws:states:" + region + ":" + account + ":stateMachine:";
    }

    String machineArn(String machineName) {
        return arnPrefix + machineName;
    }

    /**
     * Starts an execution; {@code name} may be {@code null} for a generated one. A Standard
     * execution already started under the same name with the same input is returned, not repeated.
     */
    Execution start(String machineName, String name, String input) {
        return service.startExecution(machineArn(machineName), name, input, null);
    }

    /** Starts an execution and completes when it has ended, whatever the machine's type. */
    CompletableFuture<Execution> startAndWait(String machineName, String input) {
        String arn = machineArn(machineName);
        if (service.describeStateMachine(arn).current().machine().type() == MachineType.EXPRESS) {
            return service.startSyncExecution(arn, null, input, null);
        }
        Execution execution = service.startExecution(arn, null, input, null);
        CompletableFuture<Execution> done = new CompletableFuture<>();
        execution.whenComplete(() -> done.complete(execution));
        return done;
    }

    /** Whether a failure to start is the caller's (unknown machine, bad input), not the runtime's. */
    static int statusOf(ApiException e) {
        return e.httpStatus();
    }
}
