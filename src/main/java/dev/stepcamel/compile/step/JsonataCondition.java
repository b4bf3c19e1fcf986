package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/** A JSONata Choice rule's {@code Condition}: an expression that must yield a boolean, or a literal boolean. */
public final class JsonataCondition implements Predicate {
    private final JsonataField condition;
    private final String text;

    public JsonataCondition(JsonNode condition) {
        this.condition = JsonataField.of("Condition", condition);
        this.text = condition.isTextual() ? condition.textValue() : condition.toString();
    }

    @Override
    public boolean matches(Exchange exchange) {
        return condition.bool(exchange);
    }

    @Override
    public String toString() {
        return text;
    }
}
