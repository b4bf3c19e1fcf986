package dev.stepcamel.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.validate.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the ASL validator: a definition needs a string {@code StartAt} and an object
 * {@code States}; a {@code Comment} of {@code "warn"} adds a warning. Parsing yields no model.
 */
public final class TestChecker implements DefinitionChecker {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public List<Diagnostic> validate(String definitionText, dev.stepcamel.runtime.MachineType type) {
        JsonNode root;
        try {
            root = MAPPER.readTree(definitionText);
        } catch (Exception e) {
            return List.of(Diagnostic.error("INVALID_JSON_DESCRIPTION", "not JSON", "/"));
        }
        List<Diagnostic> found = new ArrayList<>();
        if (!root.path("StartAt").isTextual()) {
            found.add(Diagnostic.error("SCHEMA_VALIDATION_FAILED", "The field 'StartAt' is required", "/"));
        }
        if (!root.path("States").isObject()) {
            found.add(Diagnostic.error("SCHEMA_VALIDATION_FAILED", "The field 'States' is required", "/"));
        }
        if ("warn".equals(root.path("Comment").asText())) {
            found.add(new Diagnostic(Diagnostic.Severity.WARNING, "WARN_CODE", "a warning", "/Comment"));
        }
        return found;
    }

    @Override
    public StateMachineDefinition parse(String definitionText) {
        return null;
    }
}
