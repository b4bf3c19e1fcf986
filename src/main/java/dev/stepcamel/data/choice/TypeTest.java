package dev.stepcamel.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/** The {@code Is*} operators: a question about the variable's type (or, for IsPresent, existence). */
enum TypeTest {
    PRESENT(node -> node != null),
    NULL(JsonNode::isNull),
    NUMERIC(JsonNode::isNumber),
    STRING(JsonNode::isTextual),
    BOOLEAN(JsonNode::isBoolean),
    TIMESTAMP(node -> ValueKind.TIMESTAMP.read(node) != null);

    private final Predicate<JsonNode> predicate;

    TypeTest(Predicate<JsonNode> predicate) {
        this.predicate = predicate;
    }

    /** Only IsPresent may look at a path that selects nothing; for the others that is an error. */
    boolean acceptsMissing() {
        return this == PRESENT;
    }

    /** @param node the variable's value; {@code null} only when {@link #acceptsMissing()} */
    boolean test(JsonNode node) {
        return predicate.test(node);
    }
}
