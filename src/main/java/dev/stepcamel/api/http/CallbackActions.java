package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredActivity;
import java.util.Map;

/** SendTaskSuccess/Failure/Heartbeat and the activity actions; GetActivityTask answers when a task comes. */
final class CallbackActions {
    private CallbackActions() {
    }

    static void register(Map<String, Action> table, StepFunctionsService service) {
        table.put("SendTaskSuccess", Action.now(r -> {
            service.sendTaskSuccess(r.requiredString("taskToken"), r.requiredString("output"));
            return Shapes.object();
        }));
        table.put("SendTaskFailure", Action.now(r -> {
            service.sendTaskFailure(r.requiredString("taskToken"), r.string("error"), r.string("cause"));
            return Shapes.object();
        }));
        table.put("SendTaskHeartbeat", Action.now(r -> {
            service.sendTaskHeartbeat(r.requiredString("taskToken"));
            return Shapes.object();
        }));
        table.put("CreateActivity", Action.now(r -> {
            StoredActivity created = service.createActivity(r.requiredString("name"), r.tags("tags"));
            return Shapes.object().put("activityArn", created.arn())
                    .put("creationDate", Dates.epochSeconds(created.creationDate()));
        }));
        table.put("DescribeActivity", Action.now(r -> activity(service.describeActivity(r.requiredString("activityArn")))));
        table.put("ListActivities", Action.now(r -> {
            Page<StoredActivity> page = service.listActivities(r.string("nextToken"), r.maxResults());
            ObjectNode node = Shapes.object();
            ArrayNode items = node.putArray("activities");
            page.items().forEach(a -> items.add(activity(a)));
            Shapes.putText(node, "nextToken", page.nextToken());
            return node;
        }));
        table.put("DeleteActivity", Action.now(r -> {
            service.deleteActivity(r.requiredString("activityArn"));
            return Shapes.object();
        }));
        table.put("GetActivityTask", r -> service.getActivityTask(r.requiredString("activityArn"),
                r.string("workerName")).thenApply(task -> {
                    ObjectNode node = Shapes.object();
                    task.ifPresent(t -> node.put("taskToken", t.token()).put("input", t.input()));
                    return node;
                }));
    }

    private static ObjectNode activity(StoredActivity activity) {
        return Shapes.object().put("activityArn", activity.arn()).put("name", activity.name())
                .put("creationDate", Dates.epochSeconds(activity.creationDate()));
    }
}
