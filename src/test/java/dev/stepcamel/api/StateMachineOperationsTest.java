package dev.stepcamel.api;

import static dev.stepcamel.api.ServiceFixture.DEFINITION;
import static dev.stepcamel.api.ServiceFixture.OTHER_DEFINITION;
import static dev.stepcamel.api.ServiceFixture.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.StoredStateMachine;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateMachineOperationsTest {
    private final ServiceFixture f = new ServiceFixture();

    @Test
    void createBuildsTheArnFromRegionAccountAndName() {
        StoredStateMachine created = f.create("orders", MachineType.STANDARD);

        assertThat(created.arn()).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:orders");
        assertThat(created.creationDate()).isEqualTo(f.clock.instant());
        assertThat(created.current().revisionId()).isNull();
        assertThat(f.engine.deployed).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "a/b", "a:b", "brace{", "star*", "quote\"", "tab\t", "ctl\u0001",
            "c1\u0085", "123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void createRejectsNamesAwsRejects(String name) {
        assertThatThrownBy(() -> f.service.createStateMachine(name, DEFINITION, ROLE, MachineType.STANDARD, Map.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo("InvalidName");
                    assertThat(e.getMessage()).isEqualTo("Invalid Name: '" + name + "'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "my-machine_2", "ünïcode", "dots.are.fine",
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890"})
    void createAcceptsNamesAwsAccepts(String name) {
        assertThat(f.create(name, MachineType.STANDARD).name()).isEqualTo(name);
    }

    @Test
    void createReportsEveryDefinitionErrorInAwsMessage() {
        assertThatThrownBy(() -> f.service.createStateMachine("m", "{}", ROLE, MachineType.STANDARD, Map.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo("InvalidDefinition");
                    assertThat(e.getMessage()).isEqualTo("Invalid State Machine Definition: '"
                            + "SCHEMA_VALIDATION_FAILED: The field 'StartAt' is required at /, "
                            + "SCHEMA_VALIDATION_FAILED: The field 'States' is required at /'");
                });
        assertThat(f.engine.deployed).isEmpty();
    }

    @Test
    void createWithSameDefinitionAndTypeReturnsTheExistingMachine() {
        StoredStateMachine first = f.create("m", MachineType.STANDARD);
        f.clock.advance(Duration.ofMinutes(1));

        StoredStateMachine again = f.service.createStateMachine("m", DEFINITION, "arn:aws:iam::1:role/other",
                MachineType.STANDARD, Map.of());

        assertThat(again).isEqualTo(first);
        assertThat(f.engine.deployed).hasSize(1);
    }

    @Test
    void createWithSameNameButDifferentDefinitionOrTypeFails() {
        f.create("m", MachineType.STANDARD);

        assertThatThrownBy(() -> f.service.createStateMachine("m", OTHER_DEFINITION, ROLE, MachineType.STANDARD,
                Map.of())).hasFieldOrPropertyWithValue("type", "StateMachineAlreadyExists");
        assertThatThrownBy(() -> f.create("m", MachineType.EXPRESS))
                .hasFieldOrPropertyWithValue("type", "StateMachineAlreadyExists")
                .hasMessage("State Machine Already Exists: 'arn:aws:states:eu-west-1:111122223333:stateMachine:m'");
    }

    @Test
    void describeOfUnknownMachineOrMalformedArnFailsAsAws() {
        assertThatThrownBy(() -> f.service.describeStateMachine("arn:aws:states:eu-west-1:111122223333:stateMachine:x"))
                .hasFieldOrPropertyWithValue("type", "StateMachineDoesNotExist");
        assertThatThrownBy(() -> f.service.describeStateMachine("nonsense"))
                .hasFieldOrPropertyWithValue("type", "InvalidArn");
        assertThatThrownBy(() -> f.service.describeStateMachine("arn:aws:states:eu-west-1:1:execution:m:e"))
                .hasFieldOrPropertyWithValue("type", "InvalidArn")
                .hasMessage("Invalid Arn: 'Resource type not valid in this context: execution'");
    }

    @Test
    void updateDeploysANewRevisionWhileRunningExecutionsKeepTheirs() {
        StoredStateMachine created = f.create("m", MachineType.STANDARD);
        f.engine.holdRunning = true;
        Execution running = f.service.startExecution(created.arn(), "e1", null, null);
        f.clock.advance(Duration.ofSeconds(30));

        StoredStateMachine updated = f.service.updateStateMachine(created.arn(), OTHER_DEFINITION, null);

        assertThat(updated.current().revisionId()).isNotNull();
        assertThat(updated.current().updateDate()).isEqualTo(f.clock.instant());
        assertThat(updated.current().machine().definitionText()).isEqualTo(OTHER_DEFINITION);
        assertThat(updated.current().machine().roleArn()).isEqualTo(ROLE);
        assertThat(f.engine.undeployed).containsExactly(created.current().machine());
        assertThat(running.machine()).isEqualTo(created.current().machine());
        assertThat(f.service.describeStateMachineForExecution(running.executionArn()).machine().definitionText())
                .isEqualTo(DEFINITION);
        Execution next = f.service.startExecution(created.arn(), "e2", null, null);
        assertThat(f.service.describeStateMachineForExecution(next.executionArn()).revisionId())
                .isEqualTo(updated.current().revisionId());
    }

    @Test
    void updateWithNothingToChangeIsRefused() {
        StoredStateMachine created = f.create("m", MachineType.STANDARD);

        assertThatThrownBy(() -> f.service.updateStateMachine(created.arn(), null, null))
                .hasFieldOrPropertyWithValue("type", "MissingRequiredParameter");
    }

    @Test
    void deleteUndeploysAndForgetsTheMachineAndIgnoresUnknownOnes() {
        StoredStateMachine created = f.create("m", MachineType.STANDARD);

        f.service.deleteStateMachine(created.arn());
        f.service.deleteStateMachine(created.arn());

        assertThat(f.engine.undeployed).containsExactly(created.current().machine());
        assertThatThrownBy(() -> f.service.describeStateMachine(created.arn()))
                .hasFieldOrPropertyWithValue("type", "StateMachineDoesNotExist");
    }

    @Test
    void listPagesThroughMachinesByName() {
        for (String name : new String[] {"c", "a", "b"}) {
            f.create(name, MachineType.STANDARD);
        }

        var first = f.service.listStateMachines(null, 2);
        var second = f.service.listStateMachines(first.nextToken(), 2);

        assertThat(first.items()).extracting(StoredStateMachine::name).containsExactly("a", "b");
        assertThat(second.items()).extracting(StoredStateMachine::name).containsExactly("c");
        assertThat(second.nextToken()).isNull();
        assertThatThrownBy(() -> f.service.listStateMachines("garbage!", 2))
                .hasFieldOrPropertyWithValue("type", "InvalidToken");
    }

    @Test
    void tagsAreAddedReplacedAndRemovedOnExistingMachinesOnly() {
        StoredStateMachine created = f.service.createStateMachine("m", DEFINITION, ROLE, MachineType.STANDARD,
                Map.of("team", "a"));

        f.service.tagResource(created.arn(), Map.of("team", "b", "env", "dev"));
        f.service.untagResource(created.arn(), java.util.List.of("env"));

        assertThat(f.service.listTagsForResource(created.arn())).containsExactly(Map.entry("team", "b"));
        assertThatThrownBy(() -> f.service.listTagsForResource(created.arn() + "x"))
                .hasFieldOrPropertyWithValue("type", "ResourceNotFound");
    }

    @Test
    void aRepeatedCreateLeavesTheTagsAsTheyWere() {
        StoredStateMachine created = f.service.createStateMachine("m", DEFINITION, ROLE, MachineType.STANDARD,
                Map.of("team", "a"));

        f.service.createStateMachine("m", DEFINITION, ROLE, MachineType.STANDARD, Map.of("team", "b"));

        assertThat(f.service.listTagsForResource(created.arn())).containsExactly(Map.entry("team", "a"));
    }

    @Test
    void validateReportsResultDiagnosticsAndTruncation() {
        String warnedAndBroken = "{\"Comment\":\"warn\"}";

        ValidationResult errorsOnly = f.service.validateStateMachineDefinition(warnedAndBroken,
                dev.stepcamel.asl.validate.Diagnostic.Severity.ERROR, 100);
        ValidationResult all = f.service.validateStateMachineDefinition(warnedAndBroken,
                dev.stepcamel.asl.validate.Diagnostic.Severity.WARNING, 2);
        ValidationResult warningOnly = f.service.validateStateMachineDefinition(
                "{\"Comment\":\"warn\",\"StartAt\":\"A\",\"States\":{}}",
                dev.stepcamel.asl.validate.Diagnostic.Severity.WARNING, 100);

        assertThat(errorsOnly.ok()).isFalse();
        assertThat(errorsOnly.diagnostics()).hasSize(2);
        assertThat(all.diagnostics()).hasSize(2);
        assertThat(all.truncated()).isTrue();
        assertThat(warningOnly.ok()).isTrue();
        assertThat(warningOnly.diagnostics()).extracting(d -> d.code()).containsExactly("WARN_CODE");
    }
}
