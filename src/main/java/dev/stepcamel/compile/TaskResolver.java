package dev.stepcamel.compile;

/** Resolves Task resources to Camel endpoints. Implemented by the integrations. */
public interface TaskResolver {

    /** The binding of a Task's resource, or {@code null} when no integration supports it. */
    TaskBinding bind(String resource);

    /** The endpoint of a Lambda function by name or ARN, or {@code null} when none is mapped. */
    String functionEndpoint(String functionNameOrArn);

    /** What a Map's {@code ItemReader} with this resource reads from, or {@code null} when unsupported. */
    default ItemSource itemSource(String resource) {
        return null;
    }
}
