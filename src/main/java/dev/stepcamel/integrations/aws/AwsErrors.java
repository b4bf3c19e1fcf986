package dev.stepcamel.integrations.aws;

import dev.stepcamel.asl.errors.AslException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS failures as the ASL errors Step Functions reports. The aws-sdk integrations name an error
 * {@code <SdkService>.<ExceptionClass>} with the SDK's message as the cause
 * ({@code S3.NoSuchKeyException}, {@code DynamoDb.ConditionalCheckFailedException}); the optimized
 * integrations use the older names ({@code DynamoDB.ConditionalCheckFailedException},
 * {@code DynamoDB.AmazonDynamoDBException} for unmodelled errors) and causes.
 */
final class AwsErrors {
    private AwsErrors() {
    }

    static AslException sdkIntegration(AwsService service, SdkException e) {
        String cause = e.getMessage();
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            AwsErrorDetails details = aws.awsErrorDetails();
            String extended = aws.extendedRequestId();
            cause = details.errorMessage() + " (Service: " + details.serviceName() + ", Status Code: "
                    + aws.statusCode() + ", Request ID: " + aws.requestId()
                    + (extended == null ? "" : ", Extended Request ID: " + extended) + ")";
        }
        return new AslException(service.sdkErrorPrefix + "." + e.getClass().getSimpleName(), withoutAttempts(cause));
    }

    /** The SDK appends its retry count to messages; AWS's causes do not carry it. */
    private static String withoutAttempts(String message) {
        return message == null ? null : message.replaceFirst(" \\(SDK Attempt Count: \\d+\\)$", "");
    }

    static AslException optimizedIntegration(AwsService service, SdkException e) {
        if (e instanceof SdkClientException) {
            return new AslException(service.optimizedErrorPrefix + ".SdkClientException", withoutAttempts(e.getMessage()));
        }
        if (!(e instanceof AwsServiceException aws)) {
            return new AslException(service.optimizedErrorPrefix + "." + e.getClass().getSimpleName(), e.getMessage());
        }
        boolean modelled = !isServiceBaseClass(aws);
        String name = modelled ? aws.getClass().getSimpleName() : service.legacyGenericException;
        AwsErrorDetails details = aws.awsErrorDetails();
        String message = details == null ? aws.getMessage() : details.errorMessage();
        String cause = message + " (Service: " + service.legacyServiceName + "; Status Code: " + aws.statusCode()
                + "; Error Code: " + (details == null ? null : details.errorCode()) + "; Request ID: "
                + aws.requestId() + "; Proxy: null)";
        return new AslException(service.optimizedErrorPrefix + "." + name, cause);
    }

    /** Whether the exception is the service's catch-all class (e.g. DynamoDbException), not a modelled error. */
    private static boolean isServiceBaseClass(AwsServiceException e) {
        Class<?> parent = e.getClass().getSuperclass();
        return parent == AwsServiceException.class;
    }
}
