package dev.stepcamel.integrations.aws;

import static dev.stepcamel.integrations.aws.AwsFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** The workflows shipped in routes/, run end to end against moto. */
class ShippedExamplesTest {
    private static AwsFixture aws;

    @BeforeAll
    static void createResources() throws Exception {
        aws = AwsFixture.get();
        DynamoDbClient ddb = aws.client(AwsService.DYNAMODB);
        try {
            ddb.createTable(b -> b.tableName("contact-messages").billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                            .attributeType(ScalarAttributeType.S).build()));
        } catch (ResourceInUseException alreadyThere) {
            // moto's state lives as long as the server
        }
        SesV2Client ses = aws.client(AwsService.SESV2);
        ses.createEmailIdentity(b -> b.emailIdentity("forms@example.com"));
        SnsClient sns = aws.client(AwsService.SNS);
        sns.createTopic(b -> b.name("image-events"));
        aws.loadRoutes("routes/image-handlers.yaml");
    }

    private static String definition(String file) throws Exception {
        return Files.readString(Path.of("routes", file));
    }

    @Test
    void contactFormStoresTheMessageAndEmailsIt() throws Exception {
        String message = "Hello from test " + UUID.randomUUID();
        Execution e = aws.run(definition("contact-form.asl.json"),
                "{\"email\":\"ann@example.org\",\"message\":\"" + message + "\"}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("statusCode").asInt()).as(e.output()).isEqualTo(200);
        DynamoDbClient ddb = aws.client(AwsService.DYNAMODB);
        var item = ddb.getItem(b -> b.tableName("contact-messages").key(java.util.Map.of("id",
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("e1")))).item();
        assertThat(item).containsKey("email");
        assertThat(aws.moto.data()).contains(message);
    }

    @Test
    void contactFormAnswersBadRequestForAnInvalidSubmission() throws Exception {
        Execution e = aws.run(definition("contact-form.asl.json"), "{\"email\":\"nobody\"}");
        assertThat(json(e.output()).path("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void contactFormCatchesAServiceErrorIntoAnErrorResponse() throws Exception {
        Execution e = aws.run(definition("contact-form.asl.json").replace("contact-messages", "no-such-table"),
                "{\"email\":\"ann@example.org\",\"message\":\"hi\"}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("statusCode").asInt()).isEqualTo(502);
        assertThat(json(e.output()).path("error").asText()).isEqualTo("DynamoDB.ResourceNotFoundException");
    }

    @Test
    void imagePipelineWritesTheResultBackToS3() throws Exception {
        String bucket = "images-" + UUID.randomUUID();
        S3Client s3 = aws.client(AwsService.S3);
        s3.createBucket(b -> b.bucket(bucket));
        s3.putObject(b -> b.bucket(bucket).key("cat.jpg").contentType("image/jpeg"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("not really a jpeg"));
        String event = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"" + bucket
                + "\"},\"object\":{\"key\":\"cat.jpg\",\"size\":17}}}]}";
        Execution e = aws.run(definition("s3-image-pipeline.asl.json"), event);
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String written = s3.getObjectAsBytes(b -> b.bucket(bucket).key("processed/cat.jpg.json")).asUtf8String();
        assertThat(json(written)).isEqualTo(json("{\"source\":\"cat.jpg\",\"contentType\":\"image/jpeg\",\"size\":17,"
                + "\"resized\":\"resized/cat.jpg\"}"));
        assertThat(json(e.output()).path("notification").path("messageId").asText()).isNotEmpty();
    }
}
