package dev.stepcamel.api;

import dev.stepcamel.asl.validate.Diagnostic;
import java.util.List;

/** ValidateStateMachineDefinition's answer: {@code ok} when no diagnostic is an error. */
public record ValidationResult(boolean ok, List<Diagnostic> diagnostics, boolean truncated) {
    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
