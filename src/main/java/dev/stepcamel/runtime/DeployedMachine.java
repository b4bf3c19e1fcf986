package dev.stepcamel.runtime;

import dev.stepcamel.asl.model.StateMachineDefinition;
import java.time.Instant;

/**
 * A state machine version whose routes are running: what executions start from. Each
 * UpdateStateMachine deploys a new one; running executions keep the version they started with.
 */
public record DeployedMachine(String arn, String name, MachineType type, String definitionText,
        StateMachineDefinition definition, String roleArn, Instant createdAt, String routeKey) {
}
