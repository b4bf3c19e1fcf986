package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.Catcher;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.data.PayloadTemplate;
import dev.stepcamel.data.ReferencePath;
import dev.stepcamel.data.jsonata.JsonataStates;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Exchange;

/**
 * What a matching catcher makes of the error output {@code {Error, Cause}}: in JSONPath mode it is
 * written at the catcher's ResultPath and {@code Assign} reads it as {@code $}; in JSONata mode
 * {@code Output} (default: the error output) and {@code Assign} read it as {@code $states.errorOutput}.
 * What the state itself had staged to assign is dropped: the state did not complete.
 */
final class CatchOutput {
    private final ReferencePath resultPath;
    private final PayloadTemplate jsonPathAssign;
    private final JsonataTemplate jsonataAssign;
    private final JsonataTemplate output;

    CatchOutput(Catcher catcher, boolean jsonata) {
        this.resultPath = jsonata || catcher.resultPath() == null ? null : ReferencePath.compile(catcher.resultPath());
        this.jsonPathAssign = jsonata || catcher.assign() == null ? null : PayloadTemplate.compile(catcher.assign());
        this.jsonataAssign = !jsonata || catcher.assign() == null ? null
                : JsonataTemplate.compile("Assign", catcher.assign());
        this.output = !jsonata || catcher.output() == null ? null : JsonataTemplate.compile("Output", catcher.output());
    }

    /** Sets the body to the state's output after the catch and stages the catcher's Assign. */
    void apply(Exchange exchange, ObjectNode errorOutput, boolean jsonata) {
        exchange.removeProperty(ExchangeKeys.PENDING_ASSIGN);
        exchange.removeProperty(ExchangeKeys.CHOSEN_OUTPUT);
        if (jsonata) {
            JsonNode input = Steps.stateInput(exchange);
            JsonataStates states = new JsonataStates(input == null ? Steps.body(exchange) : input, null, errorOutput);
            if (jsonataAssign != null) {
                Variables.stage(exchange, JsonataStep.evaluate(exchange, jsonataAssign, states, null));
            }
            Steps.setBody(exchange, output == null ? errorOutput : JsonataStep.evaluate(exchange, output, states, null));
            return;
        }
        if (jsonPathAssign != null) {
            try {
                Variables.stage(exchange, jsonPathAssign.evaluate(errorOutput, new StateEvaluationContext(exchange)));
            } catch (dev.stepcamel.asl.errors.AslException e) {
                throw StateErrors.located(exchange, e);
            }
        }
        Steps.setBody(exchange, ResultPathStep.apply(exchange, resultPath, errorOutput));
    }
}
