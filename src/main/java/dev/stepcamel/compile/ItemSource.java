package dev.stepcamel.compile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a Distributed Map's {@code ItemReader} reads from: given the reader's effective
 * Parameters, the object's text (as a JSON string, for {@code s3:getObject}) or the items
 * themselves (an array, for {@code s3:listObjectsV2}). Implemented by the integrations.
 */
@FunctionalInterface
public interface ItemSource {
    JsonNode read(JsonNode parameters);
}
