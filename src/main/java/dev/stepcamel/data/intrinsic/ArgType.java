package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a parameter takes; checked on literals at load time and on every value at run time. */
enum ArgType {
    ANY("any JSON value"),
    STRING("a string"),
    NUMBER("a number"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    ARRAY("an array"),
    OBJECT("a JSON object");

    private final String description;

    ArgType(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    boolean accepts(JsonNode value) {
        return switch (this) {
            case ANY -> value != null;
            case STRING -> value != null && value.isTextual();
            case NUMBER -> value != null && value.isNumber();
            case INTEGER -> value != null && Args.isInteger(value);
            case BOOLEAN -> value != null && value.isBoolean();
            case ARRAY -> value != null && value.isArray();
            case OBJECT -> value != null && value.isObject();
        };
    }
}
