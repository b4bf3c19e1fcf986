package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Invokes a function on AWS Lambda (request-response) with the task's payload. A function error
 * fails the task with the function's {@code errorType} (else {@code Lambda.Unknown}) and its
 * payload as the cause, as Step Functions reports it; service errors are {@code Lambda.*}.
 */
final class LambdaCall implements Processor {
    private final String function;
    private final AwsClients clients;

    LambdaCall(String function, AwsClients clients) {
        this.function = function;
        this.clients = clients;
    }

    @Override
    public void process(Exchange exchange) {
        String payload = exchange.getMessage().getBody(String.class);
        InvokeResponse response;
        try {
            LambdaClient lambda = (LambdaClient) clients.client(AwsService.LAMBDA);
            response = lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(
                    payload == null ? "{}" : payload)));
        } catch (SdkException e) {
            throw AwsErrors.optimizedIntegration(AwsService.LAMBDA, e);
        }
        String result = response.payload() == null ? "null" : response.payload().asUtf8String();
        if (response.functionError() != null) {
            throw new AslException(errorType(result), result);
        }
        exchange.getMessage().setBody(result);
    }

    private static String errorType(String payload) {
        try {
            JsonNode error = Json.parse(payload);
            return error.path("errorType").isTextual() ? error.get("errorType").asText() : "Lambda.Unknown";
        } catch (JsonProcessingException e) {
            return "Lambda.Unknown";
        }
    }

    @Override
    public String toString() {
        return "LambdaInvoke[" + function + "]";
    }
}
