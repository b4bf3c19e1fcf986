package dev.stepcamel.data;

import static dev.stepcamel.data.JsonPathExpressionTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReferencePathTest {

    @Test
    void writesIntoACopyAndLeavesTheInputAlone() {
        JsonNode input = json("{\"a\":{\"keep\":1},\"b\":2}");
        JsonNode out = ReferencePath.compile("$.a.result").write(input, json("\"r\""));
        assertThat(out).isEqualTo(json("{\"a\":{\"keep\":1,\"result\":\"r\"},\"b\":2}"));
        assertThat(input).isEqualTo(json("{\"a\":{\"keep\":1},\"b\":2}"));
        assertThat(out.get("b")).isSameAs(input.get("b"));
    }

    @Test
    void createsMissingObjectsAndReplacesAtRoot() {
        assertThat(ReferencePath.compile("$.x.y").write(json("{}"), json("1"))).isEqualTo(json("{\"x\":{\"y\":1}}"));
        assertThat(ReferencePath.compile("$").write(json("{\"a\":1}"), json("[1]"))).isEqualTo(json("[1]"));
        assertThat(ReferencePath.compile("$.l[1]").write(json("{\"l\":[0,0]}"), json("9")))
                .isEqualTo(json("{\"l\":[0,9]}"));
    }

    @Test
    void cannotWriteThroughAScalarOrPastAnArrayEnd() {
        assertThat(ReferencePath.compile("$.a.b").write(json("{\"a\":\"text\"}"), json("1"))).isNull();
        assertThat(ReferencePath.compile("$.l[5]").write(json("{\"l\":[]}"), json("1"))).isNull();
    }

    @Test
    void onlySimplePathsAreReferencePaths() {
        assertThat(ReferencePath.isValid("$.a['b'][0]")).isTrue();
        assertThat(ReferencePath.isValid("$.a[*]")).isFalse();
        assertThat(ReferencePath.isValid("$$.Execution")).isFalse();
        assertThatThrownBy(() -> ReferencePath.compile("$..a")).isInstanceOf(IllegalArgumentException.class);
    }
}
