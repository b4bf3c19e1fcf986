package dev.stepcamel.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.HistoryEvent;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of executions and history events that the console page reads. */
final class ExecutionJson {
    private ExecutionJson() {
    }

    static ObjectNode summary(Execution execution) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("executionArn", execution.executionArn())
                .put("name", execution.name()).put("stateMachineName", execution.machine().name())
                .put("stateMachineArn", execution.machine().arn()).put("status", execution.status().name())
                .put("startDate", iso(execution.startDate())).put("stopDate", iso(execution.stopDate()))
                .put("redriveCount", execution.redriveCount()).put("redriveDate", iso(execution.redriveDate()));
        return node;
    }

    static ObjectNode detail(Execution execution) {
        ObjectNode node = summary(execution);
        node.put("type", execution.machine().type().name()).put("input", execution.input())
                .put("output", execution.output()).put("error", execution.error()).put("cause", execution.cause())
                .put("definition", execution.machine().definitionText());
        return node;
    }

    static ArrayNode events(List<HistoryEvent> events) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (HistoryEvent event : events) {
            ObjectNode node = array.addObject().put("id", event.id()).put("previousEventId", event.previousEventId())
                    .put("timestamp", iso(event.timestamp())).put("type", event.type());
            if (event.details() != null) {
                node.set("details", event.details());
            }
        }
        return array;
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
