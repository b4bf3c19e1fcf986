package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
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
        Steps.setBody(exchange, template.evaluate(Steps.body(exchange), new StateEvaluationContext(exchange)));
    }

    @Override
    public String toString() {
        return field;
    }
}
