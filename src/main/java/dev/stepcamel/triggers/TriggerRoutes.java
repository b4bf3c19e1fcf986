package dev.stepcamel.triggers;

import java.io.File;
import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The routes of the triggers declared in config, plus {@code direct:stepcamel-start} for routes
 * in {@code routes/} (set the {@code StepcamelMachine} header; the body is the input).
 * S3 and SQS triggers start exactly one execution per object version: an idempotent consumer
 * with a file repository remembers, across restarts, which versions have their execution, and
 * the execution's name is derived from the version so a repeat finds the first one.
 */
public final class TriggerRoutes extends RouteBuilder {
    /** Registry names of the SDK clients the AWS components use. */
    public static final String S3_CLIENT = "stepcamelS3Client";
    public static final String SQS_CLIENT = "stepcamelSqsClient";
    /** Objects remembered in memory per trigger; the file keeps all of them (up to 256 MiB). */
    private static final int REMEMBERED = 1_000_000;

    private final TriggerSettings settings;
    private final ExecutionStarter starter;
    private final String region;
    private final Clock clock;

    public TriggerRoutes(TriggerSettings settings, ExecutionStarter starter, String region, Clock clock) {
        this.settings = settings;
        this.starter = starter;
        this.region = region;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("direct:stepcamel-start").routeId("stepcamel-start-direct")
                .process(new TriggerStart(starter, null, null));
        for (TriggerSettings.S3Binding s3 : settings.s3()) {
            String uri = "aws2-s3://" + s3.bucket() + "?amazonS3Client=#" + S3_CLIENT + "&deleteAfterRead="
                    + s3.deleteAfterStart() + "&ignoreBody=true&maxMessagesPerPoll=100&delay=" + s3.pollMillis()
                    + (s3.prefix().isEmpty() ? "" : "&prefix=RAW(" + s3.prefix() + ")");
            from(uri).routeId("trigger-s3-" + s3.id())
                    .filter(header("CamelAwsS3Key").endsWith(s3.suffix()))
                    .process(new S3ObjectEvent(region, clock))
                    .idempotentConsumer(header(TriggerStart.IDENTITY), repository("s3-" + s3.id())).eager(false)
                    .process(new TriggerStart(starter, s3.machine(), "s3-"));
        }
        for (TriggerSettings.SqsBinding sqs : settings.sqs()) {
            boolean url = sqs.queue().startsWith("http");
            String name = url ? sqs.queue().substring(sqs.queue().lastIndexOf('/') + 1) : sqs.queue();
            String uri = "aws2-sqs://" + name + "?amazonSQSClient=#" + SQS_CLIENT
                    + (url ? "&queueUrl=RAW(" + sqs.queue() + ")" : "");
            from(uri).routeId("trigger-sqs-" + sqs.id())
                    .process(new S3NotificationRecords(sqs.prefix(), sqs.suffix()))
                    .split(body())
                        .process(new S3NotificationRecords.Identify())
                        .idempotentConsumer(header(TriggerStart.IDENTITY), repository("sqs-" + sqs.id())).eager(false)
                        .process(new TriggerStart(starter, sqs.machine(), "s3-"));
        }
        for (TriggerSettings.EndpointBinding endpoint : settings.endpoints()) {
            from(endpoint.uri()).routeId("trigger-endpoint-" + endpoint.id())
                    .process(new TriggerStart(starter, endpoint.machine(), null));
        }
    }

    private IdempotentRepository repository(String name) {
        File file = settings.stateDir().resolve(name + ".keys").toFile();
        file.getParentFile().mkdirs();
        return FileIdempotentRepository.fileIdempotentRepository(file, REMEMBERED, 256L * 1024 * 1024);
    }
}
