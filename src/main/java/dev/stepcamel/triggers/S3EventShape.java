package dev.stepcamel.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The input an S3-triggered execution receives: one record in the shape of an S3 event notification. */
final class S3EventShape {
    private S3EventShape() {
    }

    static ObjectNode objectCreated(String region, String bucket, String key, long size, String eTag,
            Instant eventTime) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", region)
                .put("eventTime", eventTime.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString()).put("eventName", "ObjectCreated:Put");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0").put("configurationId", "stepcamel");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        s3.putObject("object").put("key", encodeKey(key)).put("size", size).put("eTag", unquoted(eTag));
        return event;
    }

    /** S3 notifications carry keys URL-encoded, spaces as '+', slashes kept. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    static String decodeKey(String key) {
        return java.net.URLDecoder.decode(key, StandardCharsets.UTF_8);
    }

    static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }

    /** What makes an object version unique: bucket, key and version id (or eTag when unversioned). */
    static String identity(String bucket, String key, String eTag, String versionId) {
        String version = versionId == null || versionId.isEmpty() || versionId.equals("null") ? unquoted(eTag) : versionId;
        return bucket + "/" + key + "#" + version;
    }
}
