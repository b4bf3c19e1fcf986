package dev.stepcamel.integrations.aws;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS services Tasks can call: the name in {@code aws-sdk:<name>:<action>} ARNs, the SDK client,
 * the error prefix of the aws-sdk integration (the SDK's service name), the prefix and legacy
 * service name of the optimized integration, and the suffix of {@code AWS_ENDPOINT_URL_<SERVICE>}.
 */
enum AwsService {
    DYNAMODB("dynamodb", DynamoDbClient.class, DynamoDbClient::builder, "DynamoDb", "DynamoDB", "AmazonDynamoDBv2",
            "AmazonDynamoDBException", "DYNAMODB"),
    S3("s3", S3Client.class, S3Client::builder, "S3", "S3", "Amazon S3", "AmazonS3Exception", "S3"),
    SNS("sns", SnsClient.class, SnsClient::builder, "Sns", "SNS", "AmazonSNS", "AmazonSNSException", "SNS"),
    SQS("sqs", SqsClient.class, SqsClient::builder, "Sqs", "SQS", "AmazonSQS", "AmazonSQSException", "SQS"),
    SES("ses", SesClient.class, SesClient::builder, "Ses", "SES", "AmazonSimpleEmailService",
            "AmazonSimpleEmailServiceException", "SES"),
    SESV2("sesv2", SesV2Client.class, SesV2Client::builder, "SesV2", "SESV2", "AmazonSimpleEmailServiceV2",
            "AmazonSimpleEmailServiceV2Exception", "SESV2"),
    EVENTBRIDGE("eventbridge", EventBridgeClient.class, EventBridgeClient::builder, "EventBridge", "EventBridge",
            "AmazonEventBridge", "AmazonEventBridgeException", "EVENTBRIDGE"),
    LAMBDA("lambda", LambdaClient.class, LambdaClient::builder, "Lambda", "Lambda", "AWSLambda",
            "AWSLambdaException", "LAMBDA");

    final String arnName;
    final Class<?> clientType;
    final Supplier<? extends AwsClientBuilder<?, ?>> builder;
    final String sdkErrorPrefix;
    final String optimizedErrorPrefix;
    final String legacyServiceName;
    final String legacyGenericException;
    final String envSuffix;

    AwsService(String arnName, Class<?> clientType, Supplier<? extends AwsClientBuilder<?, ?>> builder,
            String sdkErrorPrefix, String optimizedErrorPrefix, String legacyServiceName,
            String legacyGenericException, String envSuffix) {
        this.arnName = arnName;
        this.clientType = clientType;
        this.builder = builder;
        this.sdkErrorPrefix = sdkErrorPrefix;
        this.optimizedErrorPrefix = optimizedErrorPrefix;
        this.legacyServiceName = legacyServiceName;
        this.legacyGenericException = legacyGenericException;
        this.envSuffix = envSuffix;
    }

    /** The package of the service's request and response classes. */
    String modelPackage() {
        return clientType.getPackageName() + ".model";
    }

    static Optional<AwsService> byArnName(String name) {
        return Arrays.stream(values()).filter(s -> s.arnName.equals(name)).findFirst();
    }

    /** The key of the service in {@code stepcamel.aws.<key>.endpoint}. */
    String configKey() {
        return arnName;
    }
}
