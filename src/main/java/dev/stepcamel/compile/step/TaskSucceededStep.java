package dev.stepcamel.compile.step;

import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.data.JsonText;
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
        JsonText output = new JsonText(Steps.body(exchange));
        if (binding.isLegacyLambda()) {
            Steps.hold(exchange, "LambdaFunctionSucceeded", d -> d.putPOJO("output", output)
                    .set("outputDetails", Steps.truncatedFalse()));
        } else {
            Steps.hold(exchange, "TaskSucceeded", d -> d.put("resourceType", binding.resourceType())
                    .put("resource", binding.resource()).putPOJO("output", output)
                    .set("outputDetails", Steps.truncatedFalse()));
        }
    }

    @Override
    public String toString() {
        return "TaskSucceeded";
    }
}
