package dev.stepcamel.triggers;

import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Turns one listed object into an S3-event-shaped input and its identity (bucket, key, eTag). */
final class S3ObjectEvent implements Processor {
    /** Header keeping the object's key, for deleting it after its execution started. */
    static final String KEY = "StepcamelS3Key";

    private final String region;
    private final String bucket;

    S3ObjectEvent(String region, String bucket) {
        this.region = region;
        this.bucket = bucket;
    }

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        S3Object object = m.getBody(S3Object.class);
        m.setHeader(KEY, object.key());
        m.setHeader(TriggerStart.IDENTITY, S3EventShape.identity(bucket, object.key(), object.eTag(), null));
        m.setBody(Json.write(S3EventShape.objectCreated(region, bucket, object.key(),
                object.size() == null ? 0 : object.size(), object.eTag(), object.lastModified())));
    }
}
