package dev.stepcamel.compile;

/**
 * How a Task's {@code Resource} is reached from Camel: the endpoint to send the request to
 * ({@code null} when the target is only known at run time, e.g. a {@code FunctionName.$}), the
 * shape of the result, and how history events name the resource.
 */
public record TaskBinding(String endpointUri, ResultShape shape, String resourceType, String resource) {

    public enum ResultShape {
        /** The endpoint's reply is the task result (a Lambda function ARN as the Resource). */
        RAW,
        /** {@code lambda:invoke}: the request is {@code Parameters.Payload}; the reply is wrapped as AWS does. */
        LAMBDA_INVOKE
    }

    /** Whether history names this task with the legacy LambdaFunction* events. */
    public boolean isLegacyLambda() {
        return shape == ResultShape.RAW && resourceType == null;
    }
}
