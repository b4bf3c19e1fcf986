package dev.stepcamel.asl.validate;

import java.util.List;

/** Checks an ASL document and reports every problem it finds, never just the first. */
public final class DefinitionValidator {

    /** Validates definition text (JSON); an empty list means the definition is valid. */
    public List<Diagnostic> validate(String definitionJson) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
