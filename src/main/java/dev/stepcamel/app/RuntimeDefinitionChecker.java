package dev.stepcamel.app;

import dev.stepcamel.api.DefinitionChecker;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.compile.JsonataSyntax;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.SupportedResources;
import dev.stepcamel.runtime.MachineType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASL checks, plus what this runtime can run: every Task resource must be one an
 * integration serves, and every JSONata expression must parse.
 */
public final class RuntimeDefinitionChecker implements DefinitionChecker {
    private final DefinitionChecker asl;
    private final TaskResolver resolver;

    public RuntimeDefinitionChecker(DefinitionChecker asl, TaskResolver resolver) {
        this.asl = asl;
        this.resolver = resolver;
    }

    @Override
    public List<Diagnostic> validate(String definitionText, MachineType type) {
        List<Diagnostic> problems = asl.validate(definitionText, type);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Diagnostic> all = new ArrayList<>(JsonataSyntax.check(json(definitionText)));
        if (all.isEmpty()) {
            all.addAll(SupportedResources.check(asl.parse(definitionText).graph(), resolver));
        }
        return all;
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    @Override
    public StateMachineDefinition parse(String definitionText) {
        return asl.parse(definitionText);
    }
}
