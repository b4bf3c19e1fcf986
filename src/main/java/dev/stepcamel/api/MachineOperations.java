package dev.stepcamel.api;

import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.compile.CompileException;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.WorkflowEngine;
import dev.stepcamel.store.StateMachineStore;
import dev.stepcamel.store.TagStore;
import dev.stepcamel.store.StoredStateMachine;
import dev.stepcamel.store.StoredStateMachine.Revision;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** Create, update and delete state machines; writes are serialised so a name maps to one deployment. */
final class MachineOperations {
    private final WorkflowEngine engine;
    private final StateMachineStore machines;
    private final DefinitionRules rules;
    private final TagStore tags;
    private final Arns arns;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final Object writeLock = new Object();

    MachineOperations(WorkflowEngine engine, StateMachineStore machines, DefinitionRules rules, TagStore tags,
            Arns arns, Clock clock, Supplier<UUID> ids) {
        this.tags = tags;
        this.engine = engine;
        this.machines = machines;
        this.rules = rules;
        this.arns = arns;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * AWS's idempotency: the same name with the same definition and type returns the existing
     * machine (a different role ARN or tags are ignored, as AWS documents); anything else already exists.
     */
    StoredStateMachine create(String name, String definitionText, String roleArn, MachineType type,
            Map<String, String> initialTags) {
        Names.require(name);
        StateMachineDefinition definition = rules.accept(definitionText, type);
        String arn = arns.stateMachine(name);
        synchronized (writeLock) {
            var existing = machines.find(arn);
            if (existing.isPresent()) {
                DeployedMachine current = existing.get().current().machine();
                if (current.definitionText().equals(definitionText) && current.type() == type) {
                    return existing.get();
                }
                throw Errors.machineAlreadyExists(arn);
            }
            DeployedMachine deployed = deploy(arn, name, type, definitionText, definition, roleArn);
            StoredStateMachine created = machines.putIfAbsent(StoredStateMachine.created(deployed, clock.instant()));
            tags.add(arn, initialTags);
            return created;
        }
    }

    /** A definition the compiler cannot take is invalid, whatever the validator said. */
    private DeployedMachine deploy(String arn, String name, MachineType type, String text,
            StateMachineDefinition definition, String roleArn) {
        try {
            return engine.deploy(arn, name, type, text, definition, roleArn);
        } catch (CompileException e) {
            throw new ApiException("InvalidDefinition", "Invalid State Machine Definition: '" + e.getMessage() + "'");
        }
    }

    boolean exists(String arn) {
        return machines.find(arn).isPresent();
    }

    StoredStateMachine describe(String arn) {
        Arns.requireStateMachine(arn);
        return machines.find(arn).orElseThrow(() -> Errors.machineDoesNotExist(arn));
    }

    /** Deploys a new revision; the old one is undeployed once its running executions end. */
    StoredStateMachine update(String arn, String definitionText, String roleArn) {
        Arns.requireStateMachine(arn);
        if (definitionText == null && roleArn == null) {
            throw new ApiException("MissingRequiredParameter",
                    "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        synchronized (writeLock) {
            StoredStateMachine stored = describe(arn);
            DeployedMachine old = stored.current().machine();
            StateMachineDefinition parsed = definitionText == null ? null : rules.accept(definitionText, old.type());
            String text = Objects.requireNonNullElse(definitionText, old.definitionText());
            DeployedMachine next = deploy(arn, old.name(), old.type(), text,
                    parsed == null ? old.definition() : parsed, Objects.requireNonNullElse(roleArn, old.roleArn()));
            StoredStateMachine updated = stored.withRevision(
                    new Revision(next, ids.get().toString(), clock.instant()));
            machines.replace(updated);
            engine.undeploy(old);
            return updated;
        }
    }

    /** AWS answers success for a machine that does not exist. */
    boolean delete(String arn) {
        Arns.requireStateMachine(arn);
        synchronized (writeLock) {
            var removed = machines.delete(arn);
            removed.ifPresent(m -> {
                engine.undeploy(m.current().machine());
                tags.forget(arn);
            });
            return removed.isPresent();
        }
    }
}
