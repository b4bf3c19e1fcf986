package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertRejected;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.data.ValueExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Array('it\\'s')                  | ["it's"]
            States.Array('back\\\\slash')           | ["back\\\\slash"]
            States.Array('\\{\\}')                  | ["{}"]
            States.Array('a\\nb')                   | ["a\\\\nb"]
            States.Array('')                        | [""]
            States.Array('a, b)')                   | ["a, b)"]
            States.Array('{"k": "v"}')              | ["{\\"k\\": \\"v\\"}"]
            States.Array('$.name')                  | ["$.name"]
            States.Array('States.UUID()')           | ["States.UUID()"]
            """)
    void stringLiteralsResolveEscapesAndStayLiteral(String call, String expected) {
        assertThat(evaluate(call, "{\"name\":\"x\"}")).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Array(1, -2, 0)           | [1, -2, 0]
            States.Array(1.5, -0.25, 1e3)    | [1.5, -0.25, 1e3]
            States.Array(true, false, null)  | [true, false, null]
            States.Array()                   | []
            """)
    void constantLiteralsBecomeJsonValues(String call, String expected) {
        assertThat(evaluate(call, "{}")).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "States.Array($.a,$.b)",
        "States.Array( $.a , $.b )",
        "States.Array(\t$.a,\n$.b\t)",
        "States.Array ($.a, $.b)  ",
    })
    void whitespaceAroundArgumentsIsIgnored(String call) {
        assertThat(evaluate(call, "{\"a\":1,\"b\":2}")).isEqualTo(parse("[1,2]"));
    }

    @Test
    void pathArgumentsReadTheInputAndTheContextObject() {
        assertThat(evaluate("States.Array($.a.b[1], $$.Execution.Id, $)", "{\"a\":{\"b\":[5,6]}}"))
                .isEqualTo(parse("[6, \"exec-1\", {\"a\":{\"b\":[5,6]}}]"));
    }

    @Test
    void pathArgumentsMayContainFiltersWithCommasAndParentheses() {
        String input = "{\"items\":[{\"n\":\"a, b\",\"v\":1},{\"n\":\"c\",\"v\":2}]}";
        assertThat(evaluate("States.Array($.items[?(@.n == 'a, b')].v, 3)", input)).isEqualTo(parse("[[1], 3]"));
    }

    @Test
    void nestedCallsAreEvaluatedInsideOut() {
        String call = "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'),"
                + " States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))";
        assertThat(evaluate(call, "{}").textValue()).isEqualTo("west");
    }

    @Test
    void compiledCallKeepsItsTextAndCanBeEvaluatedRepeatedly() {
        ValueExpression expression = IntrinsicFunctions.compile("States.MathAdd($.n, 1)");
        assertThat(expression.text()).isEqualTo("States.MathAdd($.n, 1)");
        for (int n = 0; n < 3; n++) {
            assertThat(expression.evaluate(parse("{\"n\":" + n + "}"), IntrinsicTesting.context(null)).intValue())
                    .isEqualTo(n + 1);
        }
    }

    @Test
    void allowsTenNestedCallsButNotEleven() {
        String ten = "States.Array(".repeat(10) + "1" + ")".repeat(10);
        assertThat(evaluate(ten, "{}").toString()).isEqualTo("[".repeat(10) + "1" + "]".repeat(10));
        assertRejected("States.Array(" + ten + ")", "more than 10 nested intrinsic functions at position 13");
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Array(                      | expected an argument
            States.Array('abc)                 | unterminated string literal
            States.Array(1,)                   | expected an argument
            States.Array(1 2)                  | expected ')'
            States.Array(1))                   | unexpected text after the closing parenthesis
            States.Array(1) x                  | unexpected text after the closing parenthesis
            States.Array                       | expected '(' but the text ended
            States.Array(abc)                  | unexpected 'abc'
            States.Array(01)                   | unexpected '01'
            States.Array(True)                 | unexpected 'True'
            States.Array("double")             | unexpected '"double"'
            States.Array($.a[)                 | invalid path argument
            States.array(1)                    | unknown function 'States.array'
            States.Nope(1)                     | unknown function 'States.Nope'
            States.(1)                         | unknown function 'States.'
            Format('x')                        | expected a function name starting with 'States.'
            States.UUID(1)                     | States.UUID takes 0 argument(s) but was given 1
            States.ArrayLength()               | States.ArrayLength takes 1 argument(s) but was given 0
            States.MathRandom(1)               | States.MathRandom takes 2 to 3 arguments but was given 1
            States.MathRandom(1, 2, 3, 4)      | States.MathRandom takes 2 to 3 arguments but was given 4
            States.Format()                    | States.Format takes at least 1 argument(s) but was given 0
            States.JsonMerge($.a, $.b)         | States.JsonMerge takes 3 argument(s) but was given 2
            """)
    void malformedCallsAreRejectedWhenCompiled(String call, String message) {
        assertRejected(call, message);
    }

    @Test
    void syntaxErrorsNameTheCallAndThePosition() {
        assertRejected("States.Array(1 2)", "Invalid intrinsic function call States.Array(1 2): expected ')' at position 15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.ArrayLength('abc')             | States.ArrayLength: argument 1 must be an array, but is the literal "abc"
            States.ArrayRange(1, 'x', 1)          | States.ArrayRange: argument 2 must be an integer, but is the literal "x"
            States.ArrayRange(1, 2.5, 1)          | States.ArrayRange: argument 2 must be an integer, but is the literal 2.5
            States.MathAdd(1, true)               | States.MathAdd: argument 2 must be a number, but is the literal true
            States.Base64Encode(null)             | States.Base64Encode: argument 1 must be a string, but is the literal null
            States.Format(1)                      | States.Format: argument 1 must be a string, but is the literal 1
            States.JsonMerge($.a, $.b, 'false')   | States.JsonMerge: argument 3 must be a boolean, but is the literal "false"
            States.Hash('x', 'SHA-3')             | States.Hash: unsupported hash algorithm 'SHA-3'
            States.Hash('x', 'sha-256')           | States.Hash: unsupported hash algorithm 'sha-256'
            States.JsonMerge($.a, $.b, true)      | States.JsonMerge: deep merge is not supported
            States.Format('{} and {}', 1)         | States.Format: the template has 2 placeholder(s) but 1 argument(s) were given
            States.Format('none', 1)              | States.Format: the template has 0 placeholder(s) but 1 argument(s) were given
            States.Array(States.ArrayLength('x')) | States.ArrayLength: argument 1 must be an array
            """)
    void literalsOfTheWrongTypeAreRejectedWhenCompiled(String call, String message) {
        assertRejected(call, message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Format('x')          | true
            States.UUID()               | true
            $.States                    | false
            States                      | false
            states.Format('x')          | false
            """)
    void recognisesIntrinsicCalls(String text, boolean intrinsic) {
        assertThat(IntrinsicFunctions.isIntrinsic(text)).isEqualTo(intrinsic);
    }

    @Test
    void allEighteenFunctionsAreRegistered() {
        assertThat(IntrinsicFunctions.functionNames()).containsExactlyInAnyOrder(
                "States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
                "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
                "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode",
                "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit",
                "States.UUID");
    }
}
