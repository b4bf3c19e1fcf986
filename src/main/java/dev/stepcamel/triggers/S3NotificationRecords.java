package dev.stepcamel.triggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Splits an S3 event notification received from SQS into one input per created object that
 * matches the binding's prefix and suffix (S3's {@code s3:TestEvent} and other messages give none).
 * Each input is the notification with that one record; its identity is bucket, key and version.
 */
final class S3NotificationRecords implements Processor {
    /** Header holding the identities, in the order of the inputs in the body. */
    static final String IDENTITIES = "StepcamelTriggerIdentities";

    private final String prefix;
    private final String suffix;

    S3NotificationRecords(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
    }

    @Override
    public void process(Exchange exchange) {
        List<String> inputs = new ArrayList<>();
        JsonNode records;
        try {
            records = Json.parse(exchange.getMessage().getBody(String.class)).path("Records");
        } catch (JsonProcessingException notJson) {
            records = Json.MAPPER.createArrayNode();
        }
        for (JsonNode record : records) {
            String key = S3EventShape.decodeKey(record.path("s3").path("object").path("key").asText());
            if (!record.path("eventName").asText().startsWith("ObjectCreated") || !key.startsWith(prefix)
                    || !key.endsWith(suffix)) {
                continue;
            }
            ObjectNode input = Json.MAPPER.createObjectNode();
            input.putArray("Records").add(record);
            inputs.add(Json.write(input));
        }
        exchange.getMessage().setBody(inputs);
    }

    /** The identity of a single-record input, for the idempotent consumer. */
    static final class Identify implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            JsonNode object = Json.parse(exchange.getMessage().getBody(String.class)).path("Records").path(0).path("s3");
            exchange.getMessage().setHeader(TriggerStart.IDENTITY, S3EventShape.identity(
                    object.path("bucket").path("name").asText(),
                    S3EventShape.decodeKey(object.path("object").path("key").asText()),
                    object.path("object").path("eTag").asText(), object.path("object").path("versionId").asText(null)));
        }
    }
}
