package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

/** The {@code SdkHttpMetadata} and {@code SdkResponseMetadata} fields optimized integrations add to results. */
final class SdkMetadata {
    private SdkMetadata() {
    }

    static void add(ObjectNode result, AwsResponse response) {
        SdkHttpResponse http = response.sdkHttpResponse();
        ObjectNode metadata = result.putObject("SdkHttpMetadata");
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        ObjectNode first = metadata.putObject("HttpHeaders");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(http.headers());
        headers.forEach((name, values) -> {
            values.forEach(all.putArray(name)::add);
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        metadata.put("HttpStatusCode", http.statusCode());
        result.putObject("SdkResponseMetadata").put("RequestId", response.responseMetadata().requestId());
    }
}
