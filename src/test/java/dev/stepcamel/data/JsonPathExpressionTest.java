package dev.stepcamel.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathExpressionTest {
    private static final JsonNode DOC = json("""
            {"a":{"b":[10,20,30],"c":null},"items":[{"v":1},{"v":2},{"w":3}],"odd key":"x","q\\\\\\"k":"quoted"}""");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "$ | " + "{\"a\":{\"b\":[10,20,30],\"c\":null},\"items\":[{\"v\":1},{\"v\":2},{\"w\":3}],\"odd key\":\"x\",\"q\\\\\\\"k\":\"quoted\"}",
        "$.a.b[1] | 20",
        "$['a']['b'][2] | 30",
        "$.a.c | null",
        "$.items[*].v | [1,2]",
        "$.items[1:].v | [2]",
        "$.items[?(@.v > 1)] | [{\"v\":2}]",
        "$..v | [1,2]",
        "$['odd key'] | \"x\"",
    })
    void readsWhatAwsReads(String path, String expected) {
        assertThat(JsonPathExpression.compile(path).read(DOC)).isEqualTo(json(expected));
    }

    @Test
    void definitePathThatSelectsNothingIsNullButIndefiniteIsEmptyArray() {
        assertThat(JsonPathExpression.compile("$.a.missing").read(DOC)).isNull();
        assertThat(JsonPathExpression.compile("$.a.b[7]").read(DOC)).isNull();
        assertThat(JsonPathExpression.compile("$.nothing[*].v").read(DOC)).isEqualTo(json("[]"));
        assertThat(JsonPathExpression.compile("$.nothing[1:3]").read(DOC)).isEqualTo(json("[]"));
    }

    @Test
    void quotedNamesAreTakenVerbatim() {
        JsonNode doc = json("{\"a\\\\\\\"b\":1}");
        assertThat(JsonPathExpression.compile("$['a\\\"b']").read(doc)).isEqualTo(json("1"));
    }

    @Test
    void missingReasonUsesJaywaysWordsAsAwsDoes() {
        assertThat(JsonPathExpression.compile("$.no.such.path").missingReason(DOC))
                .isEqualTo("Missing property in path $['no']");
        assertThat(JsonPathExpression.compile("$.a.nope").missingReason(DOC))
                .isEqualTo("No results for path: $['a']['nope']");
    }

    @Test
    void contextPathsReadTheContextObject() {
        JsonPathExpression path = JsonPathExpression.compile("$$.Execution.Name");
        assertThat(path.isContextPath()).isTrue();
        assertThat(path.evaluate(DOC, () -> json("{\"Execution\":{\"Name\":\"e1\"}}"))).isEqualTo(json("\"e1\""));
    }

    @Test
    void rejectsWhatIsNotAPath() {
        assertThatThrownBy(() -> JsonPathExpression.compile("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a[?(")).isInstanceOf(IllegalArgumentException.class);
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
