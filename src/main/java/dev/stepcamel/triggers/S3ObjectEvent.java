package dev.stepcamel.triggers;

import dev.stepcamel.data.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Turns an object found by the S3 consumer into an S3-event-shaped input and its identity. */
final class S3ObjectEvent implements Processor {
    private final String region;
    private final Clock clock;

    S3ObjectEvent(String region, Clock clock) {
        this.region = region;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        String bucket = m.getHeader("CamelAwsS3BucketName", String.class);
        String key = m.getHeader("CamelAwsS3Key", String.class);
        String eTag = m.getHeader("CamelAwsS3ETag", String.class);
        String versionId = m.getHeader("CamelAwsS3VersionId", String.class);
        Long size = m.getHeader("CamelAwsS3ContentLength", Long.class);
        Object modified = m.getHeader("CamelAwsS3LastModified");
        Instant at = modified instanceof Date date ? date.toInstant()
                : modified instanceof Instant instant ? instant : clock.instant();
        m.setHeader(TriggerStart.IDENTITY, S3EventShape.identity(bucket, key, eTag, versionId));
        m.setBody(Json.write(S3EventShape.objectCreated(region, bucket, key, size == null ? 0 : size, eTag, versionId,
                at)));
    }
}
