package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.Json;
import java.lang.reflect.InvocationTargetException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Calls one AWS action: the Task's effective Parameters (JSON text) become the SDK request, the
 * response becomes the result in AWS's shape, and AWS errors become ASL errors.
 */
final class AwsCall implements Processor {
    private final AwsOperation operation;
    private final AwsClients clients;

    AwsCall(AwsOperation operation, AwsClients clients) {
        this.operation = operation;
        this.clients = clients;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        JsonNode parameters = Json.parse(exchange.getMessage().getBody(String.class));
        Object[] arguments = arguments(parameters);
        Object response;
        try {
            response = operation.method().invoke(client(parameters), arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw operation.optimized() ? AwsErrors.optimizedIntegration(operation.service(), sdk)
                        : AwsErrors.sdkIntegration(operation.service(), sdk);
            }
            throw e;
        }
        exchange.getMessage().setBody(result(response));
    }

    private Object client(JsonNode parameters) {
        if (operation.service() == AwsService.SQS && operation.optimized() && parameters.path("QueueUrl").isTextual()) {
            return clients.sqsFor(parameters.get("QueueUrl").asText());
        }
        return clients.client(operation.service());
    }

    private Object[] arguments(JsonNode parameters) throws ReflectiveOperationException {
        JsonNode fields = parameters;
        String body = null;
        if (operation.method().getParameterCount() == 2 && parameters.has("Body")) {
            JsonNode given = parameters.get("Body");
            body = given.isTextual() ? given.asText() : Json.write(given);
            fields = ((ObjectNode) parameters.deepCopy()).without("Body");
        }
        Object request;
        try {
            SdkPojo builder = (SdkPojo) operation.requestType().getMethod("builder").invoke(null);
            request = SdkJson.build(builder, fields, "");
        } catch (IllegalArgumentException e) {
            throw new AslException(ErrorNames.RUNTIME, "The Parameters '" + Json.write(parameters)
                    + "' could not be used to start the Task: [" + e.getMessage() + "]");
        }
        if (operation.method().getParameterCount() == 2) {
            return new Object[] {request, RequestBody.fromString(body == null ? "" : body)};
        }
        return new Object[] {request};
    }

    private JsonNode result(Object response) {
        if (response instanceof ResponseBytes<?> bytes) {
            ObjectNode result = SdkJson.toJson((SdkPojo) bytes.response());
            result.put("Body", bytes.asUtf8String());
            return result;
        }
        ObjectNode result = SdkJson.toJson((SdkPojo) response);
        if (operation.addsMetadata()) {
            SdkMetadata.add(result, (AwsResponse) response);
        }
        return result;
    }

    @Override
    public String toString() {
        return "AwsCall[" + operation.service().arnName + ":" + operation.action() + "]";
    }
}
