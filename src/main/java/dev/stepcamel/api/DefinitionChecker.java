package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.runtime.MachineType;
import java.util.List;

/** What the service asks of the ASL layer: validate definition text, then parse an accepted one. */
public interface DefinitionChecker {

    /** Every problem in the definition; no {@code ERROR} diagnostic means it may be deployed. */
    default List<Diagnostic> validate(String definitionText) {
        return validate(definitionText, MachineType.STANDARD);
    }

    /** As {@link #validate(String)}, with the rules that depend on the machine type (Express limits). */
    List<Diagnostic> validate(String definitionText, MachineType type);

    /** Parses a definition {@link #validate} accepted. */
    StateMachineDefinition parse(String definitionText);

    /** The project's validator and parser. */
    static DefinitionChecker standard(DefinitionValidator validator) {
        return new DefinitionChecker() {
            @Override
            public List<Diagnostic> validate(String definitionText, MachineType type) {
                return validator.validate(definitionText, type == MachineType.EXPRESS);
            }

            @Override
            public StateMachineDefinition parse(String definitionText) {
                try {
                    return DefinitionParser.parse(dev.stepcamel.data.Json.parse(definitionText));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(e.getOriginalMessage(), e);
                }
            }
        };
    }
}
