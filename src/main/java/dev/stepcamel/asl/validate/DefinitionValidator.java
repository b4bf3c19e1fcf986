package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an ASL document (JSONPath mode) and reports every problem it finds, never just the first,
 * with AWS's ValidateStateMachineDefinition codes and a JSON Pointer to each problem.
 */
public final class DefinitionValidator {
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("StartAt", "States", "Comment", "Version",
            "TimeoutSeconds", "QueryLanguage");

    /** Validates definition text (JSON); an empty list means the definition is valid. */
    public List<Diagnostic> validate(String definitionJson) {
        return validate(definitionJson, false);
    }

    /**
     * Validates definition text for a Standard or, when {@code expressWorkflow}, an Express state
     * machine, which also refuses activities and {@code .sync} / {@code .waitForTaskToken} resources.
     */
    public List<Diagnostic> validate(String definitionJson, boolean expressWorkflow) {
        Problems problems = new Problems();
        if (definitionJson == null || definitionJson.isBlank()) {
            problems.add(DiagnosticCode.MISSING_DESCRIPTION, "The definition is empty", null);
            return problems.list();
        }
        JsonNode document;
        try {
            document = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(definitionJson);
        } catch (JsonProcessingException e) {
            problems.add(DiagnosticCode.INVALID_JSON_DESCRIPTION, describe(e), null);
            return problems.list();
        }
        DuplicateStateKeys.scan(definitionJson, problems);
        Node machine = Node.of(document, Pointer.ROOT, "the state machine", problems);
        if (machine != null) {
            boolean jsonata = QueryLanguage.isJsonata(machine, false);
            machine.allowOnly(TOP_LEVEL_FIELDS);
            machine.text("Comment");
            machine.text("Version");
            machine.positiveInt("TimeoutSeconds");
            new GraphChecker(problems, expressWorkflow, jsonata).check(machine);
            VariableScopes.check(document, problems);
        }
        return problems.list();
    }

    /**
     * The message of the {@code InvalidDefinition} error AWS's CreateStateMachine returns for these
     * diagnostics: {@code Invalid State Machine Definition: 'CODE: message at /pointer, CODE: ...'}.
     */
    public static String invalidDefinitionMessage(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(d -> d.code() + ": " + d.message() + (d.location() == null ? "" : " at " + d.location()))
                .collect(Collectors.joining(", ", "Invalid State Machine Definition: '", "'"));
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where == null ? e.getOriginalMessage()
                : e.getOriginalMessage() + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
