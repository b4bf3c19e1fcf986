package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The QueryLanguage field: {@code JSONPath} or {@code JSONata}, at the top level (the default of
 * every state) or per state. A state may switch a JSONPath machine to JSONata, not the reverse.
 */
final class QueryLanguage {
    static final String JSONATA = "JSONata";
    static final String JSONPATH = "JSONPath";

    private QueryLanguage() {
    }

    /** Whether the object is in JSONata mode; reports an unknown value or a state going back to JSONPath. */
    static boolean isJsonata(Node owner, boolean inheritedJsonata) {
        JsonNode value = owner.get("QueryLanguage");
        if (value == null) {
            return inheritedJsonata;
        }
        boolean jsonata = value.isTextual() && value.asText().equals(JSONATA);
        if (!jsonata && !(value.isTextual() && value.asText().equals(JSONPATH))) {
            owner.fail("QueryLanguage", "must be 'JSONPath' or 'JSONata', but was " + value);
            return inheritedJsonata;
        }
        if (inheritedJsonata && !jsonata) {
            owner.fail("QueryLanguage", "cannot be 'JSONPath' in a state machine whose QueryLanguage is 'JSONata'");
        }
        return jsonata;
    }
}
