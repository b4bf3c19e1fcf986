package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.JsonSize;
import dev.stepcamel.data.JsonText;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Last step of a state: records {@code <Type>StateExited} and names the next state ({@code null} ends). */
public final class ExitState implements Processor {
    private final String stateName;
    private final String eventType;
    private final String next;
    private final boolean nextChosen;

    public ExitState(String stateName, String stateType, String next) {
        this(stateName, stateType, next, false);
    }

    private ExitState(String stateName, String stateType, String next, boolean nextChosen) {
        this.stateName = stateName;
        this.eventType = stateType + "StateExited";
        this.next = next;
        this.nextChosen = nextChosen;
    }

    /** For a Choice, whose router has already named the next state. */
    public static ExitState keepingNext(String stateName, String stateType) {
        return new ExitState(stateName, stateType, null, true);
    }

    @Override
    public void process(Exchange exchange) {
        JsonNode output = Steps.body(exchange);
        if (JsonSize.exceeds(output, JsonSize.PAYLOAD_LIMIT_BYTES)) {
            throw new AslException(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
        ObjectNode assigned = Variables.commit(exchange);
        if (!nextChosen) {
            exchange.setProperty(ExchangeKeys.NEXT, next);
        }
        String following = exchange.getProperty(ExchangeKeys.NEXT, String.class);
        Steps.record(exchange, eventType, d -> exited(d, stateName, output, assigned),
                frame -> Checkpoint.at(frame, following, output, assigned));
    }

    /** The details of a StateExited event, with {@code assignedVariables} when the state assigned any. */
    static void exited(ObjectNode details, String stateName, JsonNode output, ObjectNode assigned) {
        details.put("name", stateName).putPOJO("output", new JsonText(output))
                .set("outputDetails", Steps.truncatedFalse());
        if (assigned != null) {
            details.set("assignedVariables", Variables.forHistory(assigned));
            details.set("assignedVariablesDetails", Steps.truncatedFalse());
        }
    }

    @Override
    public String toString() {
        return "ExitState[" + stateName + " -> " + (nextChosen ? "chosen" : next == null ? "End" : next) + "]";
    }
}
