package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.PayloadTemplate;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A state's (or a Choice rule's) {@code Assign}: evaluated where the spec puts it and staged, to
 * take effect when the state exits. In JSONPath mode it is a payload template over the body (the
 * state's result after ResultSelector); in JSONata mode a template over {@code $states}.
 */
public final class AssignStep implements Processor {
    private final PayloadTemplate jsonPath;
    private final JsonataTemplate jsonata;
    private final boolean seesResult;
    private String label = "Assign";

    private AssignStep(PayloadTemplate jsonPath, JsonataTemplate jsonata, boolean seesResult) {
        this.jsonPath = jsonPath;
        this.jsonata = jsonata;
        this.seesResult = seesResult;
    }

    public static AssignStep jsonPath(JsonNode assign) {
        return new AssignStep(PayloadTemplate.compile(assign), null, false);
    }

    /** @param seesResult whether {@code $states.result} is the body (after the state's work) */
    public static AssignStep jsonata(JsonNode assign, boolean seesResult) {
        return new AssignStep(null, JsonataTemplate.compile("Assign", assign), seesResult);
    }

    /** Names the step in printed routes, e.g. {@code Choices[0] Assign}. */
    public AssignStep labelled(String label) {
        this.label = label;
        return this;
    }

    @Override
    public void process(Exchange exchange) {
        Variables.stage(exchange, evaluate(exchange));
    }

    JsonNode evaluate(Exchange exchange) {
        if (jsonata != null) {
            return JsonataStep.evaluate(exchange, jsonata, seesResult);
        }
        try {
            return jsonPath.evaluate(Steps.body(exchange), new StateEvaluationContext(exchange));
        } catch (AslException e) {
            throw StateErrors.located(exchange, e);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
