package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertFails;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTest {
    private static final String FAILURE = "States.IntrinsicFailure";

    @Test
    void formatFillsPlaceholdersInOrder() {
        assertThat(evaluate("States.Format('Your name is {}, we are in the year {}', $.name, 2020)",
                "{\"name\":\"Foo\",\"zebra\":\"stripe\"}").textValue())
                .isEqualTo("Your name is Foo, we are in the year 2020");
    }

    /** Strings bare; other scalars as JSON; objects and arrays as AWS prints them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "plain text"                         | <plain text>
            ""                                   | <>
            7                                    | <7>
            -0.25                                | <-0.25>
            true                                 | <true>
            null                                 | <null>
            [1, "a", null]                       | <[1, a, null]>
            {"k":"v","n":{"x":[]},"m":1.5}       | <{k=v, n={x=[]}, m=1.5}>
            []                                   | <[]>
            {}                                   | <{}>
            """)
    void formatRendersEachKindOfValue(String value, String expected) {
        assertThat(evaluate("States.Format('<{}>', $.v)", "{\"v\":" + value + "}").textValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Format('\\{\\}')              | {}
            States.Format('\\{{}\\}', 'x')       | {x}
            States.Format('{\\}{}', 'x')         | {}x
            States.Format('a { b } c')           | a { b } c
            States.Format('{}{}', 'x', 'y')      | xy
            States.Format('it\\'s {}', 'me')     | it's me
            States.Format('{}', States.Array(1)) | [1]
            """)
    void formatTreatsEscapedBracesAsText(String call, String expected) {
        assertThat(evaluate(call, "{}").textValue()).isEqualTo(expected);
    }

    @Test
    void formatTakesItsTemplateFromAPath() {
        assertThat(evaluate("States.Format($.t, $.n)", "{\"t\":\"n={}\",\"n\":3}").textValue()).isEqualTo("n=3");
    }

    @Test
    void formatRejectsAPathTemplateWithTheWrongNumberOfPlaceholders() {
        assertFails("States.Format($.t, 1)", "{\"t\":\"{} {}\"}", FAILURE,
                "Invalid arguments in States.Format: the template has 2 placeholder(s) but 1 argument(s) were given");
    }

    @ParameterizedTest(name = "{0} split by {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1,2,3,4,5          | ,     | ["1","2","3","4","5"]
            a.b+c=d            | .+=   | ["a","b","c","d"]
            ,a,,b,             | ,     | ["a","b"]
            ;;;                | ;     | []
            no delimiter       | ,     | ["no delimiter"]
            a b                | ,     | ["a b"]
            ' , '              | ,     | [" "," "]
            ''                 | ,     | []
            """)
    void stringSplitSplitsAtEachDelimiterCharacterAndDropsEmptyPieces(String text, String delimiters, String expected) {
        String input = "{\"s\":\"" + text.replace("'", "") + "\",\"d\":\"" + delimiters + "\"}";
        assertThat(evaluate("States.StringSplit($.s, $.d)", input)).isEqualTo(parse(expected));
    }

    @Test
    void stringSplitTakesLiteralsIncludingControlCharacters() {
        assertThat(evaluate("States.StringSplit('one\ntwo', '\n')", "{}")).isEqualTo(parse("[\"one\",\"two\"]"));
    }

    @Test
    void stringSplitRejectsANumber() {
        assertFails("States.StringSplit($.s, ',')", "{\"s\":12}", FAILURE,
                "The value of argument 1 of States.StringSplit must be a string, but was: 12");
    }

    @Test
    void uuidComesFromTheContext() {
        assertThat(evaluate("States.UUID()", "{}").textValue()).isEqualTo(IntrinsicTesting.FIXED_UUID.toString());
    }

    @Test
    void uuidByDefaultIsARandomVersionFourUuid() {
        var context = (dev.stepcamel.data.EvaluationContext) () -> parse("{}");
        String uuid = IntrinsicFunctions.compile("States.UUID()").evaluate(parse("{}"), context).textValue();
        assertThat(java.util.UUID.fromString(uuid).version()).isEqualTo(4);
    }
}
