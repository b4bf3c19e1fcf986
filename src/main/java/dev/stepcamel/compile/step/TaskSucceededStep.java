package dev.stepcamel.compile.step;

import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.data.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records that a Task's resource answered: TaskSucceeded (or LambdaFunctionSucceeded). */
public final class TaskSucceededStep implements Processor {
    private final TaskBinding binding;

    public TaskSucceededStep(TaskBinding binding) {
        this.binding = binding;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.removeProperty(TaskRequestStep.STARTED);
        var run = Steps.run(exchange);
        if (run == null) {
            return;
        }
        if (!run.keepsHistory()) {
            run.record("TaskSucceeded", null);
            return;
        }
        String output = Json.write(Steps.body(exchange));
        if (binding.isLegacyLambda()) {
            Steps.record(exchange, "LambdaFunctionSucceeded", d -> d.put("output", output)
                    .set("outputDetails", Steps.truncatedFalse()));
        } else {
            Steps.record(exchange, "TaskSucceeded", d -> d.put("resourceType", binding.resourceType())
                    .put("resource", binding.resource()).put("output", output)
                    .set("outputDetails", Steps.truncatedFalse()));
        }
    }

    @Override
    public String toString() {
        return "TaskSucceeded";
    }
}
