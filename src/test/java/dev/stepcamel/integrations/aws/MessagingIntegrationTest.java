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
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** SNS publish, SQS sendMessage and EventBridge putEvents against moto. */
class MessagingIntegrationTest {
    private static AwsFixture aws;
    private static String queueUrl;
    private static String topicArn;

    @BeforeAll
    static void createResources() throws Exception {
        aws = AwsFixture.get();
        SqsClient sqs = aws.client(AwsService.SQS);
        queueUrl = sqs.createQueue(b -> b.queueName("q-" + UUID.randomUUID())).queueUrl();
        SnsClient sns = aws.client(AwsService.SNS);
        topicArn = sns.createTopic(b -> b.name("t-" + UUID.randomUUID())).topicArn();
    }

    @Test
    void sqsSendMessageStringifiesJsonBodiesAndReturnsAwsShape() throws Exception {
        Execution e = aws.run(task("arn:aws:states:::sqs:sendMessage",
                "{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody.$\":\"$.order\","
                        + "\"MessageAttributes\":{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"order\"}}}",
                null), "{\"order\":{\"id\":7}}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        var output = json(e.output());
        assertThat(output.path("MessageId").asText()).isNotEmpty();
        assertThat(output.path("MD5OfMessageBody").asText()).hasSize(32);
        assertThat(output.path("SdkHttpMetadata").path("HttpStatusCode").asInt()).isEqualTo(200);
        SqsClient sqs = aws.client(AwsService.SQS);
        Message received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).messageAttributeNames("All")).messages().get(0);
        assertThat(json(received.body())).isEqualTo(json("{\"id\":7}"));
        assertThat(received.messageAttributes().get("kind").stringValue()).isEqualTo("order");
    }

    @Test
    void sqsUnknownQueueIsCaughtByItsAwsName() throws Exception {
        String missing = queueUrl.substring(0, queueUrl.lastIndexOf('/') + 1) + "no-such-queue";
        Execution e = aws.run(task("arn:aws:states:::sqs:sendMessage",
                "{\"QueueUrl\":\"" + missing + "\",\"MessageBody\":\"x\"}",
                AwsFixture.retryThenCatch("SQS.QueueDoesNotExistException")), "{}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("error").path("Error").asText()).isEqualTo("SQS.QueueDoesNotExistException");
        assertThat(IntegrationEngine.countOf(e, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void snsPublishReturnsMessageIdAndMetadata() throws Exception {
        Execution e = aws.run(task("arn:aws:states:::sns:publish",
                "{\"TopicArn\":\"" + topicArn + "\",\"Message.$\":\"$\",\"Subject\":\"hi\"}", null), "{\"a\":1}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("MessageId").asText()).isNotEmpty();
        assertThat(json(e.output()).path("SdkResponseMetadata").path("RequestId").asText()).isNotEmpty();
    }

    @Test
    void snsUnknownTopicIsNotFoundException() throws Exception {
        String missing = topicArn + "-missing";
        Execution failed = aws.run(task("arn:aws:states:::sns:publish",
                "{\"TopicArn\":\"" + missing + "\",\"Message\":\"x\"}", null), "{}");
        assertThat(failed.error()).isEqualTo("SNS.NotFoundException");
        assertThat(failed.cause()).contains("Status Code: 404; Error Code: NotFound");
        Execution caught = aws.run(task("arn:aws:states:::sns:publish",
                "{\"TopicArn\":\"" + missing + "\",\"Message\":\"x\"}",
                AwsFixture.retryThenCatch("SNS.NotFoundException")), "{}");
        assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(IntegrationEngine.countOf(caught, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void eventBridgePutEventsStringifiesDetail() throws Exception {
        Execution e = aws.run(task("arn:aws:states:::events:putEvents",
                "{\"Entries\":[{\"Source\":\"stepcamel.test\",\"DetailType\":\"t\",\"Detail.$\":\"$\"}]}", null),
                "{\"k\":\"v\"}");
        assertThat(e.status()).as(e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("FailedEntryCount").asInt()).isZero();
        assertThat(json(e.output()).path("Entries").get(0).path("EventId").asText()).isNotEmpty();
    }

    @Test
    void eventBridgeUnknownBusIsCaughtByItsAwsName() throws Exception {
        EventBridgeClient events = aws.client(AwsService.EVENTBRIDGE);
        assertThat(events).isNotNull();
        Execution e = aws.run(task("arn:aws:states:::aws-sdk:eventbridge:describeEventBus",
                "{\"Name\":\"no-such-bus\"}", AwsFixture.retryThenCatch("EventBridge.ResourceNotFoundException")), "{}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(e.output()).path("error").path("Error").asText())
                .isEqualTo("EventBridge.ResourceNotFoundException");
    }
}
