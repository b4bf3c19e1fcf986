package dev.stepcamel.data.choice;

import static dev.stepcamel.asl.model.ComparisonOperator.StringMatches;
import static dev.stepcamel.data.choice.ChoiceTesting.testValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StringMatchesTest {

    /** Patterns and texts as the Java strings they are (so {@code \\*} is backslash, star). */
    @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "log-*.txt   | log-2020.txt   | true",
        "log-*.txt   | log-.txt       | true",
        "log-*.txt   | log-1.txt.gz   | false",
        "*.log       | zebra.log      | true",
        "foo*.*      | foobar.zebra   | true",
        "foo*.*      | foobar         | false",
        "*           | \"\"             | true",
        "\"\"          | \"\"             | true",
        "\"\"          | a              | false",
        "a*b*c       | aXbYbZc        | true",
        "a*b*c       | aXbYbZ         | false",
        "*a*a*a*     | banana anagram | true",
        "abc         | ABC            | false",
        "a?c         | abc            | false",
        "a?c         | a?c            | true",
        "a.c         | abc            | false",
        "a\\*b       | a*b            | true",
        "a\\*b       | aXb            | false",
        "a\\*b       | a\\*b          | false",
        "a\\\\*      | a\\xyz         | true",
        "a\\\\*      | axyz           | false",
        "a\\\\\\*    | a\\*           | true",
        "a\\b        | a\\b           | true",
        "end\\       | end\\          | true",
        "*\uD83D\uDE00 | x\uD83D\uDE00 | true",
    })
    void matchesWithStarsAndEscapes(String pattern, String text, boolean expected) {
        assertThat(WildcardPattern.compile(pattern).matches(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "null", "true", "['abc']", "{'a': 'abc'}"})
    void nonStringsNeverMatch(String value) {
        assertThat(testValue(StringMatches, "'*'", value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a.txt'", "'.txt'"})
    void ruleUsesThePatternOperand(String value) {
        assertThat(testValue(StringMatches, "'*.txt'", value)).isTrue();
        assertThat(testValue(StringMatches, "'*.log'", value)).isFalse();
    }
}
