package dev.stepcamel.data;

import static dev.stepcamel.data.JsonPathExpressionTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "null", "true", "false", "0", "-12.50", "1E+10", "\"\"", "\"a\\\"b\\\\c\\n\"",
        "\"caf\u00e9 \u20ac \ud83d\ude00\"", "{\"a\":[1,2,{\"b\":null}],\"c\":\"d\"}", "[[],{},[{}]]", "\"\\u0001\""})
    void matchesTheLengthOfTheCompactUtf8Text(String text) {
        var node = json(text);
        long written = Json.write(node).getBytes(StandardCharsets.UTF_8).length;
        assertThat(JsonSize.size(node, Long.MAX_VALUE)).isEqualTo(written);
        assertThat(JsonSize.exceeds(node, written)).isFalse();
        assertThat(JsonSize.exceeds(node, written - 1)).isTrue();
    }
}
