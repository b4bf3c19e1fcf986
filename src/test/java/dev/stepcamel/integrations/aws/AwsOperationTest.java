package dev.stepcamel.integrations.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsOperationTest {
    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::sns:publish", "arn:aws:states:::sqs:sendMessage",
        "arn:aws:states:::dynamodb:getItem", "arn:aws:states:::dynamodb:putItem", "arn:aws:states:::dynamodb:updateItem",
        "arn:aws:states:::dynamodb:deleteItem", "arn:aws:states:::events:putEvents",
        "arn:aws:states:::aws-sdk:dynamodb:scan", "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
        "arn:aws:states:::aws-sdk:s3:getObject", "arn:aws:states:::aws-sdk:s3:putObject",
        "arn:aws:states:::aws-sdk:s3:listObjectsV2", "arn:aws:states:::aws-sdk:s3:deleteObject",
        "arn:aws:states:::aws-sdk:s3:copyObject", "arn:aws:states:::aws-sdk:s3:headObject",
        "arn:aws:states:::aws-sdk:sesv2:sendEmail", "arn:aws:states:::aws-sdk:ses:sendEmail"})
    void supportsTheResourcesAwsNames(String resource) {
        assertThat(AwsOperation.of(resource)).as(resource).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::dynamodb:scan", "arn:aws:states:::aws-sdk:dynamodb:noSuchAction",
        "arn:aws:states:::aws-sdk:dynamodb:PutItem", "arn:aws:states:::aws-sdk:kinesis:putRecord",
        "arn:aws:states:::sns:publish.waitForTaskToken", "arn:aws:states:::sqs:sendMessage.sync",
        "arn:aws:states:::s3:getObject"})
    void rejectsWhatNoIntegrationServes(String resource) {
        assertThat(AwsOperation.of(resource)).as(resource).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::dynamodb:putItem"})
    void historyNamesTheResourceAsAwsDoes(String resource) {
        AwsOperation op = AwsOperation.of(resource).orElseThrow();
        assertThat(op.historyResourceType()).isEqualTo("dynamodb");
        assertThat(AwsOperation.of("arn:aws:states:::aws-sdk:s3:getObject").orElseThrow().historyResourceType())
                .isEqualTo("aws-sdk:s3");
        assertThat(AwsOperation.of("arn:aws:states:::events:putEvents").orElseThrow().historyResourceType())
                .isEqualTo("events");
    }
}
