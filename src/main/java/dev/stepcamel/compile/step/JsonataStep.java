package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.data.jsonata.JsonataStates;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A JSONata state's {@code Arguments} or {@code Output}: the template's value becomes the body.
 * Without a template, an Output step applies only a winning Choice rule's Output.
 * {@code $states.input} is the state's input; {@code $states.result} is the body when the state
 * has a result (Task, Parallel, Map) and the step comes after the work.
 */
public final class JsonataStep implements Processor {
    private final String field;
    private final JsonataTemplate template;
    private final boolean seesResult;

    public JsonataStep(String field, JsonNode template, boolean seesResult) {
        this.field = field;
        this.template = template == null ? null : JsonataTemplate.compile(field, template);
        this.seesResult = seesResult;
    }

    @Override
    public void process(Exchange exchange) {
        JsonNode chosen = field.equals("Output") ? exchange.getProperty(ExchangeKeys.CHOSEN_OUTPUT, JsonNode.class)
                : null;
        if (chosen != null) {
            exchange.removeProperty(ExchangeKeys.CHOSEN_OUTPUT);
            Steps.setBody(exchange, chosen);
            return;
        }
        if (template != null) {
            Steps.setBody(exchange, evaluate(exchange, template, seesResult));
        }
    }

    /** A JSONata Choice rule's Output: evaluated when the rule wins, it replaces the state's Output. */
    public static Processor chosenOutput(JsonNode output, String label) {
        JsonataTemplate template = JsonataTemplate.compile("Output", output);
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                exchange.setProperty(ExchangeKeys.CHOSEN_OUTPUT, evaluate(exchange, template, false));
            }

            @Override
            public String toString() {
                return label;
            }
        };
    }

    /** Evaluates a template against the exchange's state, with AWS's state prefix on failures. */
    static JsonNode evaluate(Exchange exchange, JsonataTemplate template, boolean seesResult) {
        return evaluate(exchange, template, states(exchange, seesResult), null);
    }

    static JsonNode evaluate(Exchange exchange, JsonataTemplate template, JsonataStates states,
            com.fasterxml.jackson.databind.node.ObjectNode mapItem) {
        try {
            return template.evaluate(states, new StateEvaluationContext(exchange, mapItem));
        } catch (AslException e) {
            throw StateErrors.located(exchange, e);
        }
    }

    static JsonataStates states(Exchange exchange, boolean seesResult) {
        JsonNode input = Steps.stateInput(exchange);
        return new JsonataStates(input == null ? Steps.body(exchange) : input, seesResult ? Steps.body(exchange) : null,
                null);
    }

    @Override
    public String toString() {
        return "Jsonata[" + field + "]";
    }
}
