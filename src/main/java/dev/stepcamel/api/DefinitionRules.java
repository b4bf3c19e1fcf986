package dev.stepcamel.api;

import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.asl.validate.Diagnostic.Severity;
import dev.stepcamel.runtime.MachineType;
import java.util.List;

/** Turns a definition into a model or AWS's InvalidDefinition, and answers ValidateStateMachineDefinition. */
final class DefinitionRules {
    private final DefinitionChecker checker;

    DefinitionRules(DefinitionChecker checker) {
        this.checker = checker;
    }

    StateMachineDefinition accept(String definitionText, MachineType type) {
        List<Diagnostic> errors = checker.validate(definitionText, type).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ApiException("InvalidDefinition", DefinitionValidator.invalidDefinitionMessage(errors));
        }
        try {
            return checker.parse(definitionText);
        } catch (IllegalArgumentException e) {
            throw new ApiException("InvalidDefinition", "Invalid State Machine Definition: '" + e.getMessage() + "'");
        }
    }

    /** {@code minimum} keeps diagnostics at least that severe (WARNING keeps all), as AWS's severity filter does. */
    ValidationResult validate(String definitionText, Severity minimum, int maxResults) {
        List<Diagnostic> all = checker.validate(definitionText).stream()
                .filter(d -> minimum == Severity.WARNING || d.severity() == Severity.ERROR).toList();
        boolean ok = all.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        boolean truncated = all.size() > maxResults;
        return new ValidationResult(ok, truncated ? all.subList(0, maxResults) : all, truncated);
    }
}
