package dev.stepcamel.asl.validate;

/**
 * One problem found in a definition, in the shape of AWS's ValidateStateMachineDefinition
 * diagnostics: {@code location} is a JSON Pointer such as {@code /States/Check/Choices/0/Next}.
 */
public record Diagnostic(Severity severity, String code, String message, String location) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String code, String message, String location) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }
}
