package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.api.ValidationResult;
import dev.stepcamel.asl.validate.Diagnostic.Severity;
import java.util.Map;

/** ValidateStateMachineDefinition and the tagging actions. */
final class DefinitionAndTagActions {
    private DefinitionAndTagActions() {
    }

    static void register(Map<String, Action> table, StepFunctionsService service) {
        table.put("ValidateStateMachineDefinition", Action.now(r -> {
            Severity severity = r.enumValue("severity", Severity.class);
            ValidationResult result = service.validateStateMachineDefinition(r.requiredString("definition"),
                    severity == null ? Severity.ERROR : severity, r.maxResults());
            ObjectNode node = Shapes.object().put("result", result.ok() ? "OK" : "FAIL");
            ArrayNode diagnostics = node.putArray("diagnostics");
            result.diagnostics().forEach(d -> {
                ObjectNode item = diagnostics.addObject().put("severity", d.severity().name()).put("code", d.code())
                        .put("message", d.message());
                Shapes.putText(item, "location", d.location());
            });
            return node.put("truncated", result.truncated());
        }));
        table.put("TagResource", Action.now(r -> {
            service.tagResource(r.requiredString("resourceArn"), r.tags("tags"));
            return Shapes.object();
        }));
        table.put("UntagResource", Action.now(r -> {
            service.untagResource(r.requiredString("resourceArn"), r.strings("tagKeys"));
            return Shapes.object();
        }));
        table.put("ListTagsForResource", Action.now(r -> {
            ObjectNode node = Shapes.object();
            ArrayNode tags = node.putArray("tags");
            service.listTagsForResource(r.requiredString("resourceArn"))
                    .forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
            return node;
        }));
    }
}
