package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.MapRunChild;
import dev.stepcamel.api.MapRunView;
import dev.stepcamel.api.StepFunctionsService;
import java.util.List;
import java.util.Map;

/** ListMapRuns and DescribeMapRun, read from the parent execution's history. */
final class MapRunActions {
    private MapRunActions() {
    }

    static void register(Map<String, Action> table, StepFunctionsService service) {
        table.put("ListMapRuns", Action.now(r -> {
            ObjectNode node = Shapes.object();
            ArrayNode runs = node.putArray("mapRuns");
            for (MapRunView run : service.listMapRuns(r.requiredString("executionArn"))) {
                ObjectNode item = runs.addObject().put("executionArn", run.executionArn())
                        .put("mapRunArn", run.mapRunArn()).put("stateMachineArn", run.stateMachineArn())
                        .put("startDate", Dates.epochSeconds(run.startDate()));
                if (run.stopDate() != null) {
                    item.put("stopDate", Dates.epochSeconds(run.stopDate()));
                }
            }
            return node;
        }));
        table.put("DescribeMapRun", Action.now(r -> describe(service.describeMapRun(r.requiredString("mapRunArn")))));
    }

    private static ObjectNode describe(MapRunView run) {
        ObjectNode node = Shapes.object().put("mapRunArn", run.mapRunArn()).put("executionArn", run.executionArn())
                .put("status", run.status()).put("startDate", Dates.epochSeconds(run.startDate()))
                .put("maxConcurrency", run.maxConcurrency())
                .put("toleratedFailurePercentage", run.toleratedFailurePercentage() == null ? 0.0
                        : run.toleratedFailurePercentage())
                .put("toleratedFailureCount", run.toleratedFailureCount() == null ? 0 : run.toleratedFailureCount())
                .put("redriveCount", 0);
        if (run.stopDate() != null) {
            node.put("stopDate", Dates.epochSeconds(run.stopDate()));
        }
        node.set("itemCounts", counts(run.items()));
        node.set("executionCounts", counts(run.items()));
        return node;
    }

    /** ListExecutions of a map run: its child executions, all in one page. */
    static ObjectNode listChildren(List<MapRunChild> children) {
        ObjectNode node = Shapes.object();
        ArrayNode items = node.putArray("executions");
        children.forEach(child -> items.add(listedChild(child)));
        return node;
    }

    private static ObjectNode listedChild(MapRunChild child) {
        ObjectNode node = Shapes.object().put("executionArn", child.executionArn())
                .put("stateMachineArn", child.stateMachineArn()).put("name", child.name())
                .put("status", child.status()).put("startDate", Dates.epochSeconds(child.startDate()))
                .put("mapRunArn", child.mapRunArn());
        Shapes.putDate(node, "stopDate", child.stopDate());
        return node;
    }

    /** DescribeExecution of a child execution. */
    static ObjectNode describeChild(MapRunChild child) {
        ObjectNode node = listedChild(child).put("input", child.input());
        node.putObject("inputDetails").put("included", true);
        if (child.output() != null) {
            node.put("output", child.output());
            node.putObject("outputDetails").put("included", true);
        }
        Shapes.putText(node, "error", child.error());
        Shapes.putText(node, "cause", child.cause());
        return node;
    }

    private static ObjectNode counts(MapRunView.Counts counts) {
        return Shapes.object().put("pending", counts.pending()).put("running", counts.running())
                .put("succeeded", counts.succeeded()).put("failed", counts.failed()).put("timedOut", 0)
                .put("aborted", counts.aborted()).put("total", counts.total()).put("resultsWritten", 0)
                .put("failuresNotRedrivable", 0).put("pendingRedrive", 0);
    }
}
