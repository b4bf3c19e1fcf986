package dev.stepcamel.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportedResourcesTest {
    private static final Integrations VALIDATE_ONLY = new Integrations(null, Map.of(), Map.of(), "us-east-1");

    private static List<Diagnostic> check(String definition) throws Exception {
        return SupportedResources.check(DefinitionParser.parse(Json.parse(definition)).graph(),
                VALIDATE_ONLY.resolver());
    }

    @Test
    void servicesAndHttpAreSupportedWithoutAnyNetwork() throws Exception {
        assertThat(check("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Next":"B"},
                  "B":{"Type":"Task","Resource":"arn:aws:states:::http:invoke","Next":"C"},
                  "C":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:getObject"},
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                      "StartAt":"P","States":{"P":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","End":true}}},
                    "End":true}}}""")).isEmpty();
    }

    @Test
    void nestedExecutionsCallbacksAndActivitiesAreSupportedBesideTheServices() throws Exception {
        assertThat(check("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","Next":"B"},
                  "B":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:describeExecution","Next":"C"},
                  "C":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Next":"D"},
                  "D":{"Type":"Task","Resource":"arn:aws:states:::sns:publish.waitForTaskToken","Next":"E"},
                  "E":{"Type":"Task","Resource":"arn:aws:states:us-east-1:123456789012:activity:review",
                    "End":true}}}""")).isEmpty();
    }

    @Test
    void everyUnsupportedResourceIsNamedWithItsPointer() throws Exception {
        assertThat(check("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:kinesis:putRecord","Next":"C"},
                  "C":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:getObjectX"},
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                      "StartAt":"P","States":{"P":{"Type":"Task","Resource":"arn:aws:states:::sqs:deleteQueue","End":true}}},
                    "End":true}}}""")).extracting(Diagnostic::location).containsExactlyInAnyOrder(
                "/States/A/Resource", "/States/C/ItemReader/Resource", "/States/C/ItemProcessor/States/P/Resource");
    }
}
