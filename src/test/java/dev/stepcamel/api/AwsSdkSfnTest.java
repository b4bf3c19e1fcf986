package dev.stepcamel.api;

import static dev.stepcamel.api.CallbackFixture.finished;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.store.StoredActivity;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code arn:aws:states:::aws-sdk:sfn:<action>}: the Step Functions API called from a Task. */
class AwsSdkSfnTest {
    private final CallbackFixture fixture = CallbackFixture.SHARED;

    @Test
    void startExecutionAnswersInTheSdksCasingWithAnIsoDate() throws Exception {
        String child = fixture.machine("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
        Execution e = finished(fixture.start(fixture.machine("""
                {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:startExecution",
                  "Parameters":{"StateMachineArn":"%s","Input":"{\\"a\\":1}"},"End":true}}}""".formatted(child)), "{}"));

        JsonNode output = Json.parse(e.output());
        assertThat(output.fieldNames()).toIterable().containsExactlyInAnyOrder("ExecutionArn", "StartDate");
        assertThat(output.get("StartDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(fixture.service.describeExecution(output.get("ExecutionArn").asText()).input()).isEqualTo("{\"a\":1}");
    }

    @Test
    void anApiRefusalIsTheSfnExceptionError() throws Exception {
        Execution e = finished(fixture.start(fixture.machine("""
                {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:describeExecution",
                  "Parameters":{"ExecutionArn":"arn:aws:states:us-east-1:123456789012:execution:none:none"},"End":true}}}"""),
                "{}"));

        assertThat(e.error()).isEqualTo("Sfn.ExecutionDoesNotExistException");
    }

    @Test
    void aWorkflowCanBeTheActivityWorker() throws Exception {
        StoredActivity activity = fixture.service.createActivity("sdk-" + UUID.randomUUID(), Map.of());
        Execution worker = fixture.start(fixture.machine("""
                {"StartAt":"Poll","States":{
                  "Poll":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:getActivityTask",
                    "Parameters":{"ActivityArn":"%s","WorkerName":"flow"},"ResultPath":"$.task","Next":"Got"},
                  "Got":{"Type":"Choice","Choices":[{"Variable":"$.task.TaskToken","IsPresent":true,"Next":"Answer"}],
                    "Default":"Poll"},
                  "Answer":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
                    "Parameters":{"TaskToken.$":"$.task.TaskToken","Output.$":"$.task.Input"},"End":true}}}"""
                .formatted(activity.arn())), "{}");
        Execution e = fixture.start(fixture.machine("""
                {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%s","End":true}}}""".formatted(activity.arn())),
                "{\"job\":\"echo me\"}");

        assertThat(finished(e).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.output()).isEqualTo("{\"job\":\"echo me\"}");
        assertThat(finished(worker).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(CallbackFixture.event(e, "ActivityStarted").details().get("workerName").asText()).isEqualTo("flow");
    }
}
