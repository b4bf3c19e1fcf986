package dev.stepcamel.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.StateMachineDefinition;

/** Turns a validated ASL document into the model records. */
public final class DefinitionParser {
    private DefinitionParser() {
    }

    /**
     * Parses a definition that {@code DefinitionValidator} accepted.
     *
     * @throws IllegalArgumentException when the document is not a valid definition
     */
    public static StateMachineDefinition parse(JsonNode definition) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
