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
    private final Map<java.net.URI, SdkClient> sqsByHost = new ConcurrentHashMap<>();

    public AwsClients(AwsSettings settings) {
        this.settings = settings;
    }

    Object client(AwsService service) {
        return clients.computeIfAbsent(service, this::build);
    }

    /**
     * The SQS client for a queue URL: like AWS's Step Functions (SDK v1), a call about a queue goes
     * to the host of its URL, so a URL whose host does not resolve fails as a client error.
     */
    Object sqsFor(String queueUrl) {
        java.net.URI url;
        try {
            url = java.net.URI.create(queueUrl);
        } catch (IllegalArgumentException e) {
            return client(AwsService.SQS);
        }
        if (url.getScheme() == null || url.getHost() == null) {
            return client(AwsService.SQS);
        }
        java.net.URI host = java.net.URI.create(url.getScheme() + "://" + url.getRawAuthority());
        if (settings.endpoint(AwsService.SQS).map(host::equals).orElse(false)) {
            return client(AwsService.SQS);
        }
        return sqsByHost.computeIfAbsent(host, h -> build(AwsService.SQS, h));
    }

    boolean remoteLambda() {
        return settings.remoteLambda();
    }

    public S3Client s3() {
        return (S3Client) client(AwsService.S3);
    }

    public software.amazon.awssdk.services.sqs.SqsClient sqs() {
        return (software.amazon.awssdk.services.sqs.SqsClient) client(AwsService.SQS);
    }

    private SdkClient build(AwsService service) {
        return build(service, settings.endpoint(service).orElse(null));
    }

    private SdkClient build(AwsService service, java.net.URI endpoint) {
        AwsClientBuilder<?, ?> builder = service.builder.get();
        builder.region(settings.region()).credentialsProvider(settings.credentials());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (builder instanceof S3ClientBuilder s3) {
            s3.forcePathStyle(settings.s3PathStyle());
        }
        return (SdkClient) ((software.amazon.awssdk.utils.builder.SdkBuilder<?, ?>) builder).build();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        sqsByHost.values().forEach(SdkClient::close);
        sqsByHost.clear();
    }
}
