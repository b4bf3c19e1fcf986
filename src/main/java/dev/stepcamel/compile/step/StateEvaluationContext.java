package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.EvaluationContext;
import dev.stepcamel.data.Json;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.apache.camel.Exchange;

/** The {@code $$} context object of the state an exchange is in, built on first use. */
final class StateEvaluationContext implements EvaluationContext {
    private final Exchange exchange;
    private final ObjectNode mapItem;
    private JsonNode built;

    StateEvaluationContext(Exchange exchange) {
        this(exchange, null);
    }

    /** With {@code $$.Map.Item}, which only ItemSelector sees. */
    StateEvaluationContext(Exchange exchange, ObjectNode mapItem) {
        this.exchange = exchange;
        this.mapItem = mapItem;
    }

    @Override
    public JsonNode contextObject() {
        if (built == null) {
            ExecutionRun run = Steps.run(exchange);
            StateVisit visit = Steps.visit(exchange);
            ObjectNode root = Json.MAPPER.createObjectNode();
            if (run != null) {
                root.set("Execution", run.executionContext());
            }
            if (visit != null) {
                ObjectNode state = root.putObject("State").put("EnteredTime", Timestamps.format(visit.enteredTime()))
                        .put("Name", visit.stateName());
                if (visit.isRetryable()) {
                    state.put("RetryCount", visit.retryCount());
                }
            }
            if (run != null) {
                root.set("StateMachine", run.stateMachineContext());
            }
            String token = exchange.getProperty(dev.stepcamel.compile.ExchangeKeys.TASK_TOKEN, String.class);
            if (token != null) {
                root.putObject("Task").put("Token", token);
            }
            if (mapItem != null) {
                root.putObject("Map").set("Item", mapItem);
            }
            built = root;
        }
        return built;
    }

    @Override
    public JsonNode variable(String name) {
        return Variables.current(exchange).get(name);
    }

    @Override
    public UUID newUuid() {
        ExecutionRun run = Steps.run(exchange);
        return run == null ? UUID.randomUUID() : run.services().newUuid();
    }

    @Override
    public RandomGenerator random() {
        ExecutionRun run = Steps.run(exchange);
        return run == null ? EvaluationContext.super.random() : run.services().random();
    }
}
