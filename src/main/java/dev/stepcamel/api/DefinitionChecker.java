package dev.stepcamel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.asl.validate.Diagnostic;
import java.util.List;

/** What the service asks of the ASL layer: validate definition text, then parse an accepted one. */
public interface DefinitionChecker {

    /** Every problem in the definition; no {@code ERROR} diagnostic means it may be deployed. */
    List<Diagnostic> validate(String definitionText);

    /** Parses a definition {@link #validate} accepted. */
    StateMachineDefinition parse(String definitionText);

    /** The project's validator and parser. */
    static DefinitionChecker standard(DefinitionValidator validator) {
        // Exact decimals, as the project's Json.MAPPER reads them (Choice rules compare numbers exactly).
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        return new DefinitionChecker() {
            @Override
            public List<Diagnostic> validate(String definitionText) {
                return validator.validate(definitionText);
            }

            @Override
            public StateMachineDefinition parse(String definitionText) {
                try {
                    return DefinitionParser.parse(mapper.readTree(definitionText));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(e.getOriginalMessage(), e);
                }
            }
        };
    }
}
