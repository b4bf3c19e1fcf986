package dev.stepcamel.integrations.aws;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One AWS API action a Task resource names, resolved against the SDK once, when the definition
 * is validated: {@code aws-sdk:<service>:<action>} for any action the SDK client has, and the
 * optimized {@code dynamodb:getItem|putItem|updateItem|deleteItem}, {@code sns:publish},
 * {@code sqs:sendMessage} and {@code events:putEvents}.
 */
record AwsOperation(AwsService service, String action, Class<?> requestType, Method method, boolean optimized) {
    private static final Pattern SDK = Pattern.compile("^arn:aws:states:::aws-sdk:([a-z0-9]+):([a-zA-Z0-9]+)$");
    private static final Pattern OPTIMIZED = Pattern.compile(
            "^arn:aws:states:::(dynamodb:(?:getItem|putItem|updateItem|deleteItem)|sns:publish|sqs:sendMessage"
                    + "|events:putEvents)$");

    static Optional<AwsOperation> of(String resource) {
        Matcher sdk = SDK.matcher(resource);
        if (sdk.matches()) {
            return AwsService.byArnName(sdk.group(1)).flatMap(s -> resolve(s, sdk.group(2), false));
        }
        Matcher optimized = OPTIMIZED.matcher(resource);
        if (optimized.matches()) {
            String[] parts = optimized.group(1).split(":");
            AwsService service = parts[0].equals("events") ? AwsService.EVENTBRIDGE
                    : AwsService.byArnName(parts[0]).orElseThrow();
            return resolve(service, parts[1], true);
        }
        return Optional.empty();
    }

    private static Optional<AwsOperation> resolve(AwsService service, String action, boolean optimized) {
        if (action.isEmpty() || !Character.isLowerCase(action.charAt(0))) {
            return Optional.empty();
        }
        String typeName = service.modelPackage() + "." + action.substring(0, 1).toUpperCase(Locale.ROOT)
                + action.substring(1) + "Request";
        try {
            Class<?> requestType = Class.forName(typeName, false, AwsOperation.class.getClassLoader());
            Method method = streamingMethod(service, action, requestType);
            return Optional.of(new AwsOperation(service, action, requestType, method, optimized));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** S3's getObject and putObject take a streaming body; every other action takes only its request. */
    private static Method streamingMethod(AwsService service, String action, Class<?> requestType)
            throws NoSuchMethodException {
        if (service == AwsService.S3 && action.equals("getObject")) {
            return service.clientType.getMethod("getObjectAsBytes", requestType);
        }
        if (service == AwsService.S3 && action.equals("putObject")) {
            return service.clientType.getMethod("putObject", requestType,
                    software.amazon.awssdk.core.sync.RequestBody.class);
        }
        return service.clientType.getMethod(action, requestType);
    }

    /** The resourceType and resource history events name (e.g. {@code dynamodb}, {@code putItem}). */
    String historyResourceType() {
        return optimized ? (service == AwsService.EVENTBRIDGE ? "events" : service.arnName) : "aws-sdk:" + service.arnName;
    }

    /** Whether the result carries SdkHttpMetadata and SdkResponseMetadata, as AWS adds them. */
    boolean addsMetadata() {
        return optimized && service != AwsService.EVENTBRIDGE;
    }

    /** The id of the Camel route that serves this operation. */
    String routeId() {
        return "aws-" + (optimized ? "" : "sdk-") + service.arnName + "-" + action;
    }
}
