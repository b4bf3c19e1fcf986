package dev.stepcamel.compile.step;

import dev.stepcamel.data.JsonText;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records that an activity's worker answered: ActivitySucceeded. */
public final class ActivitySucceededStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        exchange.removeProperty(TaskRequestStep.STARTED);
        JsonText output = new JsonText(Steps.body(exchange));
        Steps.record(exchange, "ActivitySucceeded", d -> d.putPOJO("output", output)
                .set("outputDetails", Steps.truncatedFalse()));
    }

    @Override
    public String toString() {
        return "ActivitySucceeded";
    }
}
