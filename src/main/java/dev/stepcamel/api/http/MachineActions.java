package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredStateMachine;
import java.util.Map;

/** The state machine actions: request fields in, AWS's response shape out. */
final class MachineActions {
    private MachineActions() {
    }

    static void register(Map<String, Action> table, StepFunctionsService service) {
        table.put("CreateStateMachine", Action.now(r -> {
            MachineType type = r.enumValue("type", MachineType.class);
            StoredStateMachine created = service.createStateMachine(r.requiredString("name"),
                    r.requiredString("definition"), r.requiredString("roleArn"),
                    type == null ? MachineType.STANDARD : type, r.tags("tags"));
            return Shapes.object().put("stateMachineArn", created.arn())
                    .put("creationDate", Dates.epochSeconds(created.creationDate()));
        }));
        table.put("DescribeStateMachine", Action.now(r ->
                Shapes.describeMachine(service.describeStateMachine(r.requiredString("stateMachineArn")))));
        table.put("ListStateMachines", Action.now(r -> list(service.listStateMachines(r.string("nextToken"),
                r.maxResults()))));
        table.put("UpdateStateMachine", Action.now(r -> {
            StoredStateMachine updated = service.updateStateMachine(r.requiredString("stateMachineArn"),
                    r.string("definition"), r.string("roleArn"));
            ObjectNode node = Shapes.object().put("updateDate", Dates.epochSeconds(updated.current().updateDate()));
            Shapes.putText(node, "revisionId", updated.current().revisionId());
            return node;
        }));
        table.put("DeleteStateMachine", Action.now(r -> {
            service.deleteStateMachine(r.requiredString("stateMachineArn"));
            return Shapes.object();
        }));
        table.put("DescribeStateMachineForExecution", Action.now(r -> {
            StoredStateMachine.Revision revision =
                    service.describeStateMachineForExecution(r.requiredString("executionArn"));
            return Shapes.machine(revision.machine(), revision.revisionId())
                    .put("updateDate", Dates.epochSeconds(revision.updateDate()));
        }));
    }

    private static ObjectNode list(Page<StoredStateMachine> page) {
        ObjectNode node = Shapes.object();
        ArrayNode items = node.putArray("stateMachines");
        page.items().forEach(m -> items.add(Shapes.listedMachine(m)));
        Shapes.putText(node, "nextToken", page.nextToken());
        return node;
    }
}
