package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ResumePoint;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.JsonText;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * First step of every state: opens a visit (entry time, retry counters, the raw input that
 * ResultPath merges into) and records {@code <Type>StateEntered}. A retry re-enters the open
 * visit instead, with the state's raw input back as the body.
 */
public final class EnterState implements Processor {
    private final String stateName;
    private final String eventType;
    private final int retriers;
    private final boolean retryable;

    public EnterState(String stateName, String stateType, int retriers) {
        this.stateName = stateName;
        this.eventType = stateType + "StateEntered";
        this.retriers = retriers;
        this.retryable = stateType.equals("Task") || stateType.equals("Parallel") || stateType.equals("Map");
    }

    @Override
    public void process(Exchange exchange) {
        ResumePoint resume = exchange.getProperty(ExchangeKeys.RESUME, ResumePoint.class);
        if (resume != null && resume.state().equals(stateName)) {
            // After a restart: the entry is in the history already; continue the visit it opened.
            exchange.removeProperty(ExchangeKeys.RESUME);
            exchange.setProperty(ExchangeKeys.VISIT, StateVisit.restored(resume, retriers, retryable));
            exchange.setProperty(ExchangeKeys.STATE_INPUT, resume.data());
            Steps.setBody(exchange, resume.data());
            return;
        }
        StateVisit open = Steps.visit(exchange);
        if (open != null && open.isRetrying() && open.stateName().equals(stateName)) {
            open.setRetrying(false);
            Steps.setBody(exchange, Steps.stateInput(exchange));
            return;
        }
        JsonNode input = Steps.body(exchange);
        StateVisit visit = new StateVisit(stateName,
                Steps.run(exchange) == null ? java.time.Instant.now() : Steps.run(exchange).services().clock().instant(),
                retriers, retryable);
        exchange.setProperty(ExchangeKeys.VISIT, visit);
        exchange.setProperty(ExchangeKeys.STATE_INPUT, input);
        visit.setEnteredEventId(Steps.record(exchange, eventType, d -> d.put("name", stateName)
                .putPOJO("input", new JsonText(input)).set("inputDetails", Steps.truncatedFalse()),
                frame -> Checkpoint.entered(frame, stateName, input)));
    }

    @Override
    public String toString() {
        return "EnterState[" + stateName + "]";
    }
}
