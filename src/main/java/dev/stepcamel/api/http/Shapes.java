package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.RedriveStatus;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.store.StoredStateMachine;
import java.time.Instant;

/** AWS's response shapes for state machines and executions. */
final class Shapes {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Shapes() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** DescribeStateMachine's fields shared with DescribeStateMachineForExecution. */
    static ObjectNode machine(DeployedMachine machine, String revisionId) {
        ObjectNode node = object().put("stateMachineArn", machine.arn()).put("name", machine.name())
                .put("definition", machine.definitionText()).put("roleArn", machine.roleArn());
        node.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
        node.putObject("tracingConfiguration").put("enabled", false);
        if (revisionId != null) {
            node.put("revisionId", revisionId);
        }
        return node;
    }

    static ObjectNode describeMachine(StoredStateMachine stored) {
        DeployedMachine machine = stored.current().machine();
        return machine(machine, stored.current().revisionId()).put("status", "ACTIVE")
                .put("type", machine.type().name()).put("creationDate", Dates.epochSeconds(stored.creationDate()));
    }

    static ObjectNode listedMachine(StoredStateMachine stored) {
        return object().put("stateMachineArn", stored.arn()).put("name", stored.name())
                .put("type", stored.current().machine().type().name())
                .put("creationDate", Dates.epochSeconds(stored.creationDate()));
    }

    static ObjectNode listedExecution(Execution execution) {
        ObjectNode node = object().put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.machine().arn()).put("name", execution.name())
                .put("status", execution.status().name()).put("startDate", Dates.epochSeconds(execution.startDate()));
        putDate(node, "stopDate", execution.stopDate());
        if (execution.history() != null) {
            node.put("redriveCount", execution.redriveCount());
            putDate(node, "redriveDate", execution.redriveDate());
        }
        return node;
    }

    /** DescribeExecution: what ran, its outcome, and AWS's redrive fields. */
    static ObjectNode describeExecution(Execution execution, RedriveStatus redrive) {
        ObjectNode node = outcome(listedExecution(execution), execution);
        node.put("redriveStatus", redrive.status());
        putText(node, "redriveStatusReason", redrive.reason());
        return node;
    }

    /** StartSyncExecution: the outcome plus what AWS would bill for it. */
    static ObjectNode syncExecution(Execution execution) {
        ObjectNode node = outcome(listedExecution(execution), execution);
        long millis = execution.stopDate().toEpochMilli() - execution.startDate().toEpochMilli();
        node.putObject("billingDetails").put("billedMemoryUsedInMB", 64)
                .put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100));
        return node;
    }

    private static ObjectNode outcome(ObjectNode node, Execution execution) {
        node.put("input", execution.input());
        node.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            node.put("output", execution.output());
            node.putObject("outputDetails").put("included", true);
        }
        putText(node, "error", execution.error());
        putText(node, "cause", execution.cause());
        putText(node, "traceHeader", execution.traceHeader());
        return node;
    }

    static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static void putDate(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, Dates.epochSeconds(value));
        }
    }
}
