package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertFails;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {
    private static final String FAILURE = "States.IntrinsicFailure";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"s":"{\\"number\\": 20}"}          | {"number":20}
            {"s":"[1, \\"two\\", null]"}        | [1,"two",null]
            {"s":"42"}                           | 42
            {"s":"1.50"}                         | 1.50
            {"s":"\\"text\\""}                   | "text"
            {"s":"false"}                        | false
            {"s":"null"}                         | null
            {"s":"  {\\"a\\":1}  "}              | {"a":1}
            {"s":""}                             | null
            {"s":"   "}                          | null
            """)
    void stringToJsonParsesTheText(String input, String expected) {
        assertThat(evaluate("States.StringToJson($.s)", input)).isEqualTo(parse(expected));
    }

    @Test
    void stringToJsonAcceptsALiteral() {
        assertThat(evaluate("States.StringToJson('{\"a\": [1, 2]}')", "{}")).isEqualTo(parse("{\"a\":[1,2]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"s":"{"}
            {"s":"1 2"}
            {"s":"{'a': 1}"}
            {"s":"abc"}
            """)
    void stringToJsonRejectsInvalidJson(String input) {
        assertFails("States.StringToJson($.s)", input, FAILURE,
                "Invalid arguments in States.StringToJson: the input is not valid JSON");
    }

    @Test
    void stringToJsonRejectsAValueThatIsNotAString() {
        assertFails("States.StringToJson($.s)", "{\"s\":{\"a\":1}}", FAILURE,
                "The value of argument 1 of States.StringToJson must be a string, but was: {\"a\":1}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"v":{"name":"Foo","year":2020}}     | {"name":"Foo","year":2020}
            {"v":[1, 2, "x y"]}                  | [1,2,"x y"]
            {"v":"text"}                         | "text"
            {"v":null}                           | null
            {"v":0}                              | 0
            {"v":{"q":"say \\"hi\\""}}           | {"q":"say \\"hi\\""}
            """)
    void jsonToStringWritesCompactJson(String input, String expectedText) {
        assertThat(evaluate("States.JsonToString($.v)", input).textValue()).isEqualTo(expectedText);
    }

    @Test
    void jsonMergeIsShallowAndTheSecondObjectWins() {
        String input = "{\"json1\":{\"a\":{\"a1\":1,\"a2\":2},\"b\":2},\"json2\":{\"a\":{\"a3\":1,\"a4\":2},\"c\":3}}";
        assertThat(evaluate("States.JsonMerge($.json1, $.json2, false)", input))
                .isEqualTo(parse("{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"c\":3}"));
    }

    @Test
    void jsonMergeLeavesItsInputsUntouched() {
        var input = parse("{\"x\":{\"a\":1},\"y\":{\"b\":2}}");
        IntrinsicFunctions.compile("States.JsonMerge($.x, $.y, false)").evaluate(input, IntrinsicTesting.context(null));
        assertThat(input).isEqualTo(parse("{\"x\":{\"a\":1},\"y\":{\"b\":2}}"));
    }

    @Test
    void jsonMergeRejectsDeepMergeFromThePayload() {
        assertFails("States.JsonMerge($.x, $.y, $.deep)", "{\"x\":{},\"y\":{},\"deep\":true}", FAILURE,
                "Invalid arguments in States.JsonMerge: deep merge is not supported; the third argument must be false");
    }

    @Test
    void jsonMergeRejectsAnArray() {
        assertFails("States.JsonMerge($.x, $.y, false)", "{\"x\":{},\"y\":[1]}", FAILURE,
                "The value of argument 2 of States.JsonMerge must be a JSON object, but was: [1]");
    }

    @Test
    void jsonMergeOfAParsedLiteralAndTheExecutionInput() {
        var context = IntrinsicTesting.context(null);
        var merged = IntrinsicFunctions.compile("States.JsonMerge(States.StringToJson('{\"k\": \"v\"}'), $.extra, false)")
                .evaluate(parse("{\"extra\":{\"n\":1}}"), context);
        assertThat(merged).isEqualTo(parse("{\"k\":\"v\",\"n\":1}"));
    }
}
