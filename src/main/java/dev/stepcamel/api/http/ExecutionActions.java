package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.MapRunChild;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.store.Page;
import java.util.Map;

/** The execution actions; StartSyncExecution answers when the execution has ended. */
final class ExecutionActions {
    private ExecutionActions() {
    }

    private static ObjectNode describe(StepFunctionsService service, Execution execution) {
        return Shapes.describeExecution(execution, service.redriveStatus(execution));
    }

    /** ListExecutions' redriveFilter: REDRIVEN, NOT_REDRIVEN, or none. */
    private static Boolean redriven(String filter) {
        if (filter == null) {
            return null;
        }
        return switch (filter) {
            case "REDRIVEN" -> true;
            case "NOT_REDRIVEN" -> false;
            default -> throw dev.stepcamel.api.ApiException.validation("'" + filter + "'", "redriveFilter",
                    "satisfy enum value set: [REDRIVEN, NOT_REDRIVEN]");
        };
    }

    static void register(Map<String, Action> table, StepFunctionsService service) {
        table.put("StartExecution", Action.now(r -> {
            Execution started = service.startExecution(r.requiredString("stateMachineArn"), r.string("name"),
                    r.string("input"), r.string("traceHeader"));
            return Shapes.object().put("executionArn", started.executionArn())
                    .put("startDate", Dates.epochSeconds(started.startDate()));
        }));
        table.put("StartSyncExecution", r -> service.startSyncExecution(r.requiredString("stateMachineArn"),
                r.string("name"), r.string("input"), r.string("traceHeader")).thenApply(Shapes::syncExecution));
        table.put("DescribeExecution", Action.now(r -> {
            MapRunChild child = service.mapRunChild(r.requiredString("executionArn"));
            return child != null ? MapRunActions.describeChild(child)
                    : describe(service, service.describeExecution(r.requiredString("executionArn")));
        }));
        table.put("ListExecutions", Action.now(r -> {
            if (r.string("mapRunArn") != null) {
                return MapRunActions.listChildren(service.listMapRunExecutions(r.string("mapRunArn"),
                        r.enumValue("statusFilter", ExecutionStatus.class)));
            }
            Page<Execution> page = service.listExecutions(r.requiredString("stateMachineArn"),
                    r.enumValue("statusFilter", ExecutionStatus.class), redriven(r.string("redriveFilter")),
                    r.string("nextToken"), r.maxResults());
            ObjectNode node = Shapes.object();
            ArrayNode items = node.putArray("executions");
            page.items().forEach(e -> items.add(Shapes.listedExecution(e)));
            Shapes.putText(node, "nextToken", page.nextToken());
            return node;
        }));
        table.put("RedriveExecution", Action.now(r -> Shapes.object().put("redriveDate",
                Dates.epochSeconds(service.redriveExecution(r.requiredString("executionArn"), r.string("clientToken"))))));
        table.put("StopExecution", Action.now(r -> {
            Execution stopped = service.stopExecution(r.requiredString("executionArn"), r.string("error"),
                    r.string("cause"));
            return Shapes.object().put("stopDate", Dates.epochSeconds(stopped.stopDate()));
        }));
        table.put("GetExecutionHistory", Action.now(r -> {
            boolean withData = r.bool("includeExecutionData", true);
            Page<HistoryEvent> page = service.getExecutionHistory(r.requiredString("executionArn"),
                    r.bool("reverseOrder", false), r.string("nextToken"), r.maxResults());
            ObjectNode node = Shapes.object();
            ArrayNode events = node.putArray("events");
            page.items().forEach(e -> events.add(HistoryShapes.event(e, withData)));
            Shapes.putText(node, "nextToken", page.nextToken());
            return node;
        }));
    }
}
