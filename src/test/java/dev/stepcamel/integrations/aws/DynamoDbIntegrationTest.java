package dev.stepcamel.integrations.aws;

import static dev.stepcamel.integrations.aws.AwsFixture.json;
import static dev.stepcamel.integrations.aws.AwsFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.integrations.IntegrationEngine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbIntegrationTest {
    private static AwsFixture aws;
    private static String table;

    @BeforeAll
    static void createTable() throws Exception {
        aws = AwsFixture.get();
        table = "contacts-" + UUID.randomUUID();
        DynamoDbClient ddb = aws.client(AwsService.DYNAMODB);
        ddb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build()));
    }

    @Test
    void putThenGetItemReturnsTheItemWithSdkMetadata() throws Exception {
        Execution put = aws.run(task("arn:aws:states:::dynamodb:putItem",
                "{\"TableName\":\"" + table + "\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N.$\":\"States.Format('{}', $.n)\"}}}",
                null), "{\"n\":42}");
        assertThat(put.status()).as(put.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(put.output()).path("SdkHttpMetadata").path("HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(json(put.output()).path("SdkResponseMetadata").has("RequestId")).isTrue();

        Execution get = aws.run(task("arn:aws:states:::dynamodb:getItem",
                "{\"TableName\":\"" + table + "\",\"Key\":{\"id\":{\"S\":\"a\"}}}", null), "{}");
        assertThat(json(get.output()).path("Item")).isEqualTo(json("{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"42\"}}"));
    }

    @Test
    void updateAndDeleteReturnAttributesAsAsked() throws Exception {
        aws.run(task("arn:aws:states:::dynamodb:putItem",
                "{\"TableName\":\"" + table + "\",\"Item\":{\"id\":{\"S\":\"u\"},\"v\":{\"S\":\"1\"}}}", null), "{}");
        Execution update = aws.run(task("arn:aws:states:::dynamodb:updateItem", "{\"TableName\":\"" + table
                + "\",\"Key\":{\"id\":{\"S\":\"u\"}},\"UpdateExpression\":\"SET v = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"2\"}},\"ReturnValues\":\"UPDATED_NEW\"}", null), "{}");
        assertThat(json(update.output()).path("Attributes")).isEqualTo(json("{\"v\":{\"S\":\"2\"}}"));
        Execution delete = aws.run(task("arn:aws:states:::dynamodb:deleteItem", "{\"TableName\":\"" + table
                + "\",\"Key\":{\"id\":{\"S\":\"u\"}},\"ReturnValues\":\"ALL_OLD\"}", null), "{}");
        assertThat(json(delete.output()).path("Attributes").path("v").path("S").asText()).isEqualTo("2");
    }

    @Test
    void failedConditionIsConditionalCheckFailedException() throws Exception {
        String put = "{\"TableName\":\"" + table + "\",\"Item\":{\"id\":{\"S\":\"c\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(id)\"}";
        aws.run(task("arn:aws:states:::dynamodb:putItem", put, null), "{}");
        Execution again = aws.run(task("arn:aws:states:::dynamodb:putItem", put, null), "{}");
        assertThat(again.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(again.error()).isEqualTo("DynamoDB.ConditionalCheckFailedException");
        assertThat(again.cause()).contains("Service: AmazonDynamoDBv2; Status Code: 400; Error Code: "
                + "ConditionalCheckFailedException");
    }

    @Test
    void retryAndCatchHandleTheServiceErrorByName() throws Exception {
        Execution e = aws.run(task("arn:aws:states:::dynamodb:getItem",
                "{\"TableName\":\"no-such-table\",\"Key\":{\"id\":{\"S\":\"a\"}}}",
                AwsFixture.retryThenCatch("DynamoDB.ResourceNotFoundException")), "{}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("error").path("Error").asText()).isEqualTo("DynamoDB.ResourceNotFoundException");
        assertThat(IntegrationEngine.countOf(e, "TaskStateEntered")).isEqualTo(1);
        assertThat(IntegrationEngine.countOf(e, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void awsSdkQueryUsesTheSdkErrorPrefix() throws Exception {
        aws.run(task("arn:aws:states:::dynamodb:putItem",
                "{\"TableName\":\"" + table + "\",\"Item\":{\"id\":{\"S\":\"q\"}}}", null), "{}");
        Execution query = aws.run(task("arn:aws:states:::aws-sdk:dynamodb:query", "{\"TableName\":\"" + table
                + "\",\"KeyConditionExpression\":\"id = :id\",\"ExpressionAttributeValues\":{\":id\":{\"S\":\"q\"}}}",
                null), "{}");
        assertThat(json(query.output()).path("Count").asInt()).isEqualTo(1);
        assertThat(json(query.output()).has("SdkHttpMetadata")).isFalse();
        Execution missing = aws.run(task("arn:aws:states:::aws-sdk:dynamodb:getItem",
                "{\"TableName\":\"no-such-table\",\"Key\":{\"id\":{\"S\":\"a\"}}}", null), "{}");
        assertThat(missing.error()).isEqualTo("DynamoDb.ResourceNotFoundException");
    }

}
