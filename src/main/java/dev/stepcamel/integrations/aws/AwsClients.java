package dev.stepcamel.integrations.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * One SDK client per service, built the first time a Task calls that service (never when a
 * workflow loads, so loading needs no network and start-up builds no unused clients).
 */
public final class AwsClients implements AutoCloseable {
    private final AwsSettings settings;
    private final Map<AwsService, SdkClient> clients = new ConcurrentHashMap<>();

    public AwsClients(AwsSettings settings) {
        this.settings = settings;
    }

    Object client(AwsService service) {
        return clients.computeIfAbsent(service, this::build);
    }

    public S3Client s3() {
        return (S3Client) client(AwsService.S3);
    }

    public software.amazon.awssdk.services.sqs.SqsClient sqs() {
        return (software.amazon.awssdk.services.sqs.SqsClient) client(AwsService.SQS);
    }

    private SdkClient build(AwsService service) {
        AwsClientBuilder<?, ?> builder = service.builder.get();
        builder.region(settings.region()).credentialsProvider(settings.credentials());
        settings.endpoint(service).ifPresent(builder::endpointOverride);
        if (builder instanceof S3ClientBuilder s3) {
            s3.forcePathStyle(settings.s3PathStyle());
        }
        return (SdkClient) ((software.amazon.awssdk.utils.builder.SdkBuilder<?, ?>) builder).build();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }
}
