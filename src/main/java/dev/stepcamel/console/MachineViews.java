package dev.stepcamel.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.api.ValidationResult;
import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.StoredStateMachine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The console's state machine answers: the list, one machine, a definition's problems, and saving. */
final class MachineViews {
    private static final int MAX_PROBLEMS = 100;

    private final StepFunctionsService service;
    private final Map<String, Path> files;
    private final String roleArn;

    /** {@code files}: machine name to the workflow file it was loaded from. */
    MachineViews(StepFunctionsService service, Map<String, Path> files, String roleArn) {
        this.service = service;
        this.files = files; // filled in as the files load, after the routes start
        this.roleArn = roleArn;
    }

    ObjectNode list() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode items = root.putArray("stateMachines");
        for (StoredStateMachine machine : Machines.all(service)) {
            ObjectNode node = summary(machine);
            lastExecution(machine).ifPresent(e -> node.set("lastExecution", ExecutionJson.summary(e)));
            items.add(node);
        }
        return root;
    }

    ObjectNode describe(String name) {
        StoredStateMachine machine = Machines.require(service, name);
        ObjectNode node = summary(machine);
        String definition = machine.current().machine().definitionText();
        node.put("definition", definition);
        node.put("roleArn", machine.current().machine().roleArn());
        node.set("problems", problems(definition));
        lastExecution(machine).ifPresent(e -> node.set("lastExecution", ExecutionJson.summary(e)));
        return node;
    }

    String routes(String name) {
        return service.routesYaml(Machines.require(service, name).name());
    }

    /** Every diagnostic of {@code definition}, each with its state and line. */
    ObjectNode validate(String definition) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ValidationResult result = service.validateStateMachineDefinition(definition, Diagnostic.Severity.WARNING,
                MAX_PROBLEMS);
        node.put("ok", result.ok()).put("truncated", result.truncated());
        node.set("problems", problems(definition, result.diagnostics()));
        return node;
    }

    /** Creates the machine or updates its definition; says when a file in routes/ now differs from it. */
    ObjectNode save(String name, JsonNode request) {
        String definition = request.path("definition").asText(null);
        if (definition == null) {
            throw new IllegalArgumentException("'definition' is required");
        }
        var existing = Machines.byName(service, name);
        StoredStateMachine saved;
        boolean created = existing.isEmpty();
        if (created) {
            MachineType type = MachineType.valueOf(request.path("type").asText("STANDARD"));
            saved = service.createStateMachine(name, definition, roleArn, type, Map.of());
        } else {
            saved = service.updateStateMachine(existing.get().arn(), definition, null);
        }
        ObjectNode node = summary(saved).put("created", created);
        Path file = files.get(name);
        if (file != null) {
            node.put("notice", "Saved in the runtime only: " + file + " is unchanged, and the runtime loads that"
                    + " file again when it restarts. Copy the definition into the file to keep it.");
        }
        return node;
    }

    private ObjectNode summary(StoredStateMachine machine) {
        Path file = files.get(machine.name());
        ObjectNode node = Json.MAPPER.createObjectNode().put("name", machine.name())
                .put("stateMachineArn", machine.arn()).put("type", machine.current().machine().type().name())
                .put("status", "ACTIVE").put("creationDate", ExecutionJson.iso(machine.creationDate()))
                .put("source", file == null ? "api" : "file").put("file", file == null ? null : file.toString());
        return node;
    }

    private java.util.Optional<Execution> lastExecution(StoredStateMachine machine) {
        if (machine.current().machine().type() == MachineType.EXPRESS) {
            return java.util.Optional.empty();
        }
        List<Execution> newest = service.listExecutions(machine.arn(), null, null, 1).items();
        return newest.stream().findFirst();
    }

    private ArrayNode problems(String definition) {
        return problems(definition, service.validateStateMachineDefinition(definition, Diagnostic.Severity.WARNING,
                MAX_PROBLEMS).diagnostics());
    }

    private static ArrayNode problems(String definition, List<Diagnostic> diagnostics) {
        DefinitionLines lines = DefinitionLines.of(definition);
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            array.addObject().put("severity", d.severity().name()).put("code", d.code()).put("message", d.message())
                    .put("location", d.location()).put("state", stateOf(d.location()))
                    .put("line", lines.lineOf(d.location()));
        }
        return array;
    }

    /** The innermost state a pointer is inside: the segment after the last {@code /States/}. */
    static String stateOf(String pointer) {
        if (pointer == null) {
            return null;
        }
        int at = pointer.lastIndexOf("/States/");
        if (at < 0) {
            return null;
        }
        String rest = pointer.substring(at + 8);
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
    }
}
