package dev.stepcamel.triggers;

import java.io.File;
import java.util.function.Supplier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The routes of the triggers declared in config, plus {@code direct:stepcamel-start} for routes
 * in {@code routes/} (set the {@code StepcamelMachine} header; the body is the input).
 * A watched bucket is listed every poll (no object is read); S3 notifications arrive through the
 * aws2-sqs consumer. Both start exactly one execution per object version: an idempotent consumer
 * with a file repository remembers, across restarts, which versions have their execution, and
 * the execution's name is derived from the version so a repeat finds the first one.
 */
public final class TriggerRoutes extends RouteBuilder {
    /** Registry name of the SQS client the aws2-sqs consumer uses. */
    public static final String SQS_CLIENT = "stepcamelSqsClient";
    /** Objects remembered in memory per trigger; the file keeps all of them (up to 256 MiB). */
    private static final int REMEMBERED = 1_000_000;

    private final TriggerSettings settings;
    private final ExecutionStarter starter;
    private final String region;
    private final Supplier<S3Client> s3;

    /** @param s3 the S3 client, asked for only when a bucket is watched */
    public TriggerRoutes(TriggerSettings settings, ExecutionStarter starter, String region, Supplier<S3Client> s3) {
        this.settings = settings;
        this.starter = starter;
        this.region = region;
        this.s3 = s3;
    }

    @Override
    public void configure() {
        from("direct:stepcamel-start").routeId("stepcamel-start-direct")
                .process(new TriggerStart(starter, null, null));
        for (TriggerSettings.S3Binding s3 : settings.s3()) {
            var route = from("timer:stepcamel-s3-" + s3.id() + "?period=" + s3.pollMillis()).routeId("trigger-s3-" + s3.id())
                    .process(new S3Listing(this.s3, s3))
                    .split(body())
                        .process(new S3ObjectEvent(region, s3.bucket()))
                        .idempotentConsumer(header(TriggerStart.IDENTITY), repository("s3-" + s3.id())).eager(false)
                        .process(new TriggerStart(starter, s3.machine(), "s3-"));
            if (s3.deleteAfterStart()) {
                route.process(e -> this.s3.get().deleteObject(b -> b.bucket(s3.bucket())
                        .key(e.getMessage().getHeader(S3ObjectEvent.KEY, String.class))));
            }
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
