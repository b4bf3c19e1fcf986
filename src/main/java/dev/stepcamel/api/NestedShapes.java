package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import java.util.UUID;

/** The results AWS's {@code states:startExecution} integration gives, field for field. */
final class NestedShapes {
    private NestedShapes() {
    }

    /** The request-response result: the API answer plus the SDK's HTTP metadata, as AWS adds it. */
    static ObjectNode withSdkMetadata(ObjectNode response) {
        ObjectNode http = response.putObject("SdkHttpMetadata");
        ObjectNode headers = Json.MAPPER.createObjectNode().put("Content-Type", "application/x-amz-json-1.0")
                .put("x-amzn-RequestId", UUID.randomUUID().toString());
        http.set("AllHttpHeaders", headers.deepCopy());
        http.set("HttpHeaders", headers);
        http.put("HttpStatusCode", 200);
        response.putObject("SdkResponseMetadata").put("RequestId", headers.get("x-amzn-RequestId").asText());
        return response;
    }

    /**
     * The child's DescribeExecution in the integration's casing: {@code .sync} gives Input and
     * Output as JSON text with the redrive fields, {@code .sync:2} as JSON without them.
     */
    static ObjectNode describe(Execution child, boolean json) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("ExecutionArn", child.executionArn());
        node.set("Input", payload(child.input(), json));
        node.putObject("InputDetails").put("Included", true);
        node.put("Name", child.name());
        if (child.output() != null) {
            node.set("Output", payload(child.output(), json));
            node.putObject("OutputDetails").put("Included", true);
        }
        if (child.error() != null) {
            node.put("Error", child.error());
        }
        if (child.cause() != null) {
            node.put("Cause", child.cause());
        }
        if (!json) {
            // As the child stood when it ended (the parent reads it then).
            RedriveStatus redrive = RedriveStatus.of(child, true, child.stopDate() == null ? child.startDate()
                    : child.stopDate());
            node.put("RedriveCount", child.redriveCount()).put("RedriveStatus", redrive.status());
            if (redrive.reason() != null) {
                node.put("RedriveStatusReason", redrive.reason());
            }
        }
        node.put("StartDate", child.startDate().toEpochMilli());
        node.put("StateMachineArn", child.machine().arn());
        node.put("Status", child.status().name());
        if (child.stopDate() != null) {
            node.put("StopDate", child.stopDate().toEpochMilli());
        }
        return node;
    }

    private static JsonNode payload(String text, boolean json) {
        if (!json) {
            return TextNode.valueOf(text);
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }
}
