package dev.stepcamel.asl.model;

/** A whole ASL document. {@code timeoutSeconds} is {@code null} when absent. */
public record StateMachineDefinition(StateGraph graph, String comment, String version, Integer timeoutSeconds,
        QueryLanguage queryLanguage) {

    public enum QueryLanguage { JSONPath, JSONata }
}
