package dev.stepcamel.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/** The API as the AWS SDK sees it: real HTTP, real JSON 1.0 marshalling, typed exceptions. */
class StepFunctionsSdkTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
    static final String DEFINITION = "{\"StartAt\":\"Only\",\"States\":{\"Only\":{\"Type\":\"Pass\",\"End\":true}}}";

    static ApiServer server;
    static SfnClient sfn;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        sfn = server.sdkClient();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    static String create(String name, StateMachineType type) {
        return sfn.createStateMachine(r -> r.name(name).definition(DEFINITION).roleArn(ROLE).type(type))
                .stateMachineArn();
    }

    @Test
    void createDescribeListUpdateAndDelete() {
        CreateStateMachineResponse created = sfn.createStateMachine(r -> r.name("crud").definition(DEFINITION)
                .roleArn(ROLE));

        DescribeStateMachineResponse described = sfn.describeStateMachine(r -> r.stateMachineArn(created.stateMachineArn()));
        assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:crud");
        assertThat(created.creationDate()).isEqualTo(Instant.parse("2026-03-04T05:06:07.089Z"));
        assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.definition()).isEqualTo(DEFINITION);
        assertThat(described.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
        assertThat(sfn.listStateMachines(r -> r.maxResults(1000)).stateMachines())
                .extracting(StateMachineListItem::name).contains("crud");

        UpdateStateMachineResponse updated = sfn.updateStateMachine(r -> r.stateMachineArn(created.stateMachineArn())
                .roleArn("arn:aws:iam::123456789012:role/other"));
        assertThat(updated.revisionId()).isNotBlank();
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(created.stateMachineArn())).revisionId())
                .isEqualTo(updated.revisionId());

        sfn.deleteStateMachine(r -> r.stateMachineArn(created.stateMachineArn()));
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(created.stateMachineArn())))
                .isInstanceOf(StateMachineDoesNotExistException.class)
                .hasMessageStartingWith("State Machine Does Not Exist: '" + created.stateMachineArn() + "'");
    }

    @Test
    void refusalsArriveAsTheSdksTypedExceptions() {
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("bad").definition("{}").roleArn(ROLE)))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED");
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("a b").definition(DEFINITION).roleArn(ROLE)))
                .isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn("nope")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.listStateMachines(r -> r.maxResults(1001)))
                .isInstanceOfSatisfying(SfnException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void startDescribeListAndReadHistory() {
        String machine = create("runs", StateMachineType.STANDARD);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).name("first").input("{\"n\":1}"))
                .executionArn();
        sfn.startExecution(r -> r.stateMachineArn(machine).name("second").input("{\"fail\":1}"));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(arn));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"n\":1}");
        assertThat(described.outputDetails().included()).isTrue();
        assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(described.redriveCount()).isZero();

        ListExecutionsResponse failed = sfn.listExecutions(r -> r.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.FAILED));
        assertThat(failed.executions()).extracting(ExecutionListItem::name).containsExactly("second");

        GetExecutionHistoryResponse history = sfn.getExecutionHistory(r -> r.executionArn(arn));
        assertThat(history.events()).extracting(HistoryEvent::type).containsExactly(HistoryEventType.EXECUTION_STARTED,
                HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
                HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(history.events().get(0).executionStartedEventDetails().input()).isEqualTo("{\"n\":1}");
        assertThat(history.events().get(1).stateEnteredEventDetails().name()).isEqualTo("Only");
        assertThat(history.events().get(3).previousEventId()).isEqualTo(3L);

        GetExecutionHistoryResponse newestWithoutData = sfn.getExecutionHistory(r -> r.executionArn(arn)
                .reverseOrder(true).maxResults(1).includeExecutionData(false));
        assertThat(newestWithoutData.events().get(0).executionSucceededEventDetails().output()).isNull();
        assertThat(newestWithoutData.nextToken()).isNotNull();

        assertThat(sfn.describeStateMachineForExecution(r -> r.executionArn(arn)).definition()).isEqualTo(DEFINITION);
    }

    @Test
    void startingTheSameNameTwiceWithOtherInputFails() {
        String machine = create("dupes", StateMachineType.STANDARD);
        sfn.startExecution(r -> r.stateMachineArn(machine).name("x"));

        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine).name("x").input("{\"a\":1}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machine).input("[")))
                .isInstanceOf(InvalidExecutionInputException.class);
    }

    @Test
    void inputNear256KibTravelsWhole() {
        String machine = create("bulky", StateMachineType.STANDARD);
        String input = "{\"blob\":\"" + "y".repeat(250_000) + "\"}";

        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).input(input)).executionArn();

        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).input()).isEqualTo(input);
    }

    @Test
    void syncExecutionAnswersWithTheOutcome() {
        String machine = create("quick", StateMachineType.EXPRESS);

        StartSyncExecutionResponse done = sfn.startSyncExecution(r -> r.stateMachineArn(machine).input("{\"x\":true}"));

        assertThat(done.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"x\":true}");
        assertThat(done.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:quick:");
        assertThat(done.billingDetails().billedDurationInMilliseconds()).isEqualTo(100L);
        assertThat(done.stopDate()).isNotNull();
        StartSyncExecutionResponse failed = sfn.startSyncExecution(r -> r.stateMachineArn(machine).input("{\"fail\":1}"));
        assertThat(failed.status()).isEqualTo(SyncExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Boom");
        assertThat(failed.cause()).isEqualTo("it failed");
        assertThat(failed.output()).isNull();
        assertThatThrownBy(() -> sfn.startSyncExecution(r -> r.stateMachineArn(create("slowpoke",
                StateMachineType.STANDARD)))).isInstanceOf(StateMachineTypeNotSupportedException.class);
    }

    @Test
    void validateAndTag() {
        ValidateStateMachineDefinitionResponse result = sfn.validateStateMachineDefinition(r -> r.definition("{}"));
        assertThat(result.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
        assertThat(result.diagnostics()).extracting(ValidateStateMachineDefinitionDiagnostic::code)
                .containsOnly("SCHEMA_VALIDATION_FAILED");
        assertThat(result.truncated()).isFalse();

        String machine = create("tagged", StateMachineType.STANDARD);
        sfn.tagResource(r -> r.resourceArn(machine).tags(Tag.builder().key("team").value("core").build()));
        assertThat(sfn.listTagsForResource(r -> r.resourceArn(machine)).tags())
                .containsExactly(Tag.builder().key("team").value("core").build());
        sfn.untagResource(r -> r.resourceArn(machine).tagKeys("team"));
        assertThat(sfn.listTagsForResource(r -> r.resourceArn(machine)).tags()).isEmpty();
    }
}
