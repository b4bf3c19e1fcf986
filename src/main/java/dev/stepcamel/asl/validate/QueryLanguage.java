package dev.stepcamel.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** The QueryLanguage field: JSONPath is what Stepcamel runs today; JSONata comes later. */
final class QueryLanguage {
    private QueryLanguage() {
    }

    /** Reports a JSONata or unknown QueryLanguage; true when the object is JSONata (so not JSONPath-checked). */
    static boolean rejectsJsonata(Node owner) {
        JsonNode value = owner.get("QueryLanguage");
        if (value == null) {
            return false;
        }
        if (value.isTextual() && value.asText().equals("JSONata")) {
            owner.fail("QueryLanguage", "is 'JSONata', which Stepcamel does not support yet; use 'JSONPath'");
            return true;
        }
        if (!(value.isTextual() && value.asText().equals("JSONPath"))) {
            owner.fail("QueryLanguage", "must be 'JSONPath' or 'JSONata', but was " + value);
        }
        return false;
    }
}
