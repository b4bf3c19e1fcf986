package dev.stepcamel.asl.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found; nothing here ever stops the walk. */
final class Problems {
    private final List<Diagnostic> found = new ArrayList<>();

    void schema(Pointer at, String message) {
        add(DiagnosticCode.SCHEMA_VALIDATION_FAILED, message, at);
    }

    void add(String code, String message, Pointer at) {
        found.add(Diagnostic.error(code, message, at == null ? null : at.toString()));
    }

    List<Diagnostic> list() {
        return List.copyOf(found);
    }
}
