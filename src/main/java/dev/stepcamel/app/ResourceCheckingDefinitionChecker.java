package dev.stepcamel.app;

import dev.stepcamel.api.DefinitionChecker;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.integrations.SupportedResources;
import dev.stepcamel.runtime.MachineType;
import java.util.ArrayList;
import java.util.List;

/** The ASL checks, plus: every Task resource must be one an integration serves. */
final class ResourceCheckingDefinitionChecker implements DefinitionChecker {
    private final DefinitionChecker asl;
    private final TaskResolver resolver;

    ResourceCheckingDefinitionChecker(DefinitionChecker asl, TaskResolver resolver) {
        this.asl = asl;
        this.resolver = resolver;
    }

    @Override
    public List<Diagnostic> validate(String definitionText, MachineType type) {
        List<Diagnostic> problems = asl.validate(definitionText, type);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(SupportedResources.check(asl.parse(definitionText).graph(), resolver));
        return all;
    }

    @Override
    public StateMachineDefinition parse(String definitionText) {
        return asl.parse(definitionText);
    }
}
