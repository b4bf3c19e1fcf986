package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.data.PayloadTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Parameters, ResultSelector and ItemSelector-style payload templates, compiled once. */
public final class TemplateStep implements Processor {
    private final String field;
    private final PayloadTemplate template;

    public TemplateStep(String field, JsonNode template) {
        this.field = field;
        this.template = PayloadTemplate.compile(template);
    }

    @Override
    public void process(Exchange exchange) {
        try {
            Steps.setBody(exchange, template.evaluate(Steps.body(exchange), new StateEvaluationContext(exchange)));
        } catch (AslException e) {
            throw StateErrors.located(exchange, e);
        }
    }

    @Override
    public String toString() {
        return field;
    }
}
