package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** StartExecution's input rules: valid JSON of at most 256 KiB, {@code "{}"} when absent. */
final class ExecutionInput {
    static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExecutionInput() {
    }

    static String require(String input) {
        if (input == null) {
            return "{}";
        }
        if (input.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw Errors.invalidInput("Input size exceeds the maximum of " + MAX_BYTES + " bytes");
        }
        try {
            if (STRICT.readTree(input).isMissingNode()) {
                throw Errors.invalidInput("No content to map due to end-of-input");
            }
        } catch (JsonProcessingException e) {
            throw Errors.invalidInput(e.getOriginalMessage());
        }
        return input;
    }
}
