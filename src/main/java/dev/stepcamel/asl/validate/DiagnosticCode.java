package dev.stepcamel.asl.validate;

/** The diagnostic codes of AWS's ValidateStateMachineDefinition that this validator reports. */
public final class DiagnosticCode {
    public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
    public static final String MISSING_DESCRIPTION = "MISSING_DESCRIPTION";
    public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
    /** AWS uses this one code both for a missing target and for a state nothing transitions to. */
    public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
    public static final String MISSING_END_STATE = "MISSING_END_STATE";
    public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
    public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
    public static final String INVALID_LABEL_NAME = "INVALID_LABEL_NAME";

    private DiagnosticCode() {
    }
}
