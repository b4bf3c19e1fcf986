package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.ErrorNames;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** A Choice without Default whose rules all failed: {@code States.NoChoiceMatched}. */
public final class NoChoiceMatchedStep implements Processor {
    private final String stateName;

    public NoChoiceMatchedStep(String stateName) {
        this.stateName = stateName;
    }

    @Override
    public void process(Exchange exchange) {
        throw StateErrors.of(exchange, ErrorNames.NO_CHOICE_MATCHED,
                "No choice rule matched and there is no Default in state '" + stateName + "'.");
    }

    @Override
    public String toString() {
        return "NoChoiceMatched";
    }
}
