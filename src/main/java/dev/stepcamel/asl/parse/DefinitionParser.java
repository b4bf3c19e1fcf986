package dev.stepcamel.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.model.StateGraph;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.model.StateMachineDefinition.QueryLanguage;

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
        if (definition == null || !definition.isObject()) {
            throw new IllegalArgumentException("a definition must be a JSON object");
        }
        JsonNode language = definition.get("QueryLanguage");
        QueryLanguage top = language == null ? QueryLanguage.JSONPath : QueryLanguage.valueOf(language.asText());
        StateGraph graph = StateParser.graph(definition, top);
        JsonNode timeout = definition.get("TimeoutSeconds");
        return new StateMachineDefinition(graph, Fields.text(definition, "Comment"), Fields.text(definition, "Version"),
                timeout == null ? null : timeout.asInt(),
                top);
    }
}
