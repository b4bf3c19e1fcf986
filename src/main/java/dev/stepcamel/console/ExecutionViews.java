package dev.stepcamel.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.RedriveStatus;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.HistoryEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The console's execution answers: the filtered list, one execution with its states, start, stop and redrive. */
final class ExecutionViews {
    private final StepFunctionsService service;
    private final ExecutionQuery query;

    ExecutionViews(StepFunctionsService service) {
        this.service = service;
        this.query = new ExecutionQuery(service);
    }

    ObjectNode list(String machine, String status, String after, String before, int offset, int limit) {
        ExecutionQuery.Filter filter = new ExecutionQuery.Filter(machine, status(status), instant("after", after),
                instant("before", before));
        ExecutionQuery.Result result = query.run(filter, offset, limit);
        ObjectNode root = Json.MAPPER.createObjectNode().put("total", result.total()).put("offset", offset)
                .put("limit", limit);
        ArrayNode items = root.putArray("executions");
        result.items().forEach(e -> items.add(ExecutionJson.summary(e)));
        return root;
    }

    /** The execution, its whole history, and what each state did. */
    ObjectNode describe(String executionArn) {
        Execution execution = service.describeExecution(executionArn);
        ObjectNode node = ExecutionJson.detail(execution);
        List<HistoryEvent> events = execution.history() == null ? List.of() : execution.history().snapshot();
        StateRuns runs = new StateRuns();
        events.forEach(runs::apply);
        node.set("states", runs.all());
        node.set("events", ExecutionJson.events(events));
        if (execution.history() != null) {
            RedriveStatus redrive = service.redriveStatus(execution);
            node.put("redriveStatus", redrive.status()).put("redriveStatusReason", redrive.reason());
        }
        return node;
    }

    /** Redrives the execution (RedriveExecution); the page then follows it live again. */
    ObjectNode redrive(String executionArn) {
        service.redriveExecution(executionArn, null);
        return ExecutionJson.summary(service.describeExecution(executionArn));
    }

    ObjectNode start(String machineName, JsonNode request) {
        JsonNode given = request.get("input");
        String input = given == null || given.isNull() ? "{}" : given.isTextual() ? given.asText() : Json.write(given);
        String name = request.path("name").asText(null);
        Execution execution = service.startExecution(Machines.require(service, machineName).arn(),
                name == null || name.isBlank() ? null : name, input, null);
        return ExecutionJson.summary(execution);
    }

    ObjectNode stop(String executionArn, JsonNode request) {
        Execution execution = service.stopExecution(executionArn, request.path("error").asText(null),
                request.path("cause").asText(null));
        return ExecutionJson.summary(execution);
    }

    private static ExecutionStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ExecutionStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'status' must be one of " + List.of(ExecutionStatus.values()));
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' must be an ISO-8601 instant such as"
                    + " 2026-01-02T03:04:05Z, not '" + value + "'");
        }
    }
}
