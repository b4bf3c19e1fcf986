package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertFails;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTest {
    private static final String FAILURE = "States.IntrinsicFailure";

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Array('Foo', 2020, $.someJson, null)    | {"someJson":{"random":"abcdefg"}} | ["Foo",2020,{"random":"abcdefg"},null]
            States.Array($.a, $.a)                         | {"a":[1]}                         | [[1],[1]]
            States.ArrayPartition($.a, 4)                  | {"a":[1,2,3,4,5,6,7,8,9]}         | [[1,2,3,4],[5,6,7,8],[9]]
            States.ArrayPartition($.a, 2)                  | {"a":[1,2,3,4]}                   | [[1,2],[3,4]]
            States.ArrayPartition($.a, 10)                 | {"a":["x"]}                       | [["x"]]
            States.ArrayPartition($.a, 3)                  | {"a":[]}                          | []
            States.ArrayPartition($.a, 2.0)                | {"a":[1,2,3]}                     | [[1,2],[3]]
            States.ArrayContains($.a, $.v)                 | {"a":[1,2,3,4,5],"v":5}           | true
            States.ArrayContains($.a, 6)                   | {"a":[1,2,3,4,5]}                 | false
            States.ArrayContains($.a, 1.0)                 | {"a":[1,2]}                       | true
            States.ArrayContains($.a, $.v)                 | {"a":[{"x":1,"y":[2]}],"v":{"y":[2],"x":1}} | true
            States.ArrayContains($.a, $.v)                 | {"a":[[1,2]],"v":[2,1]}           | false
            States.ArrayContains($.a, null)                | {"a":[1,null]}                    | true
            States.ArrayContains($.a, 'true')              | {"a":[true]}                      | false
            States.ArrayContains($.a, $.v)                 | {"a":[],"v":[]}                   | false
            States.ArrayRange(1, 9, 2)                     | {}                                | [1,3,5,7,9]
            States.ArrayRange(0, 10, 3)                    | {}                                | [0,3,6,9]
            States.ArrayRange(5, 1, -2)                    | {}                                | [5,3,1]
            States.ArrayRange(-1, -1, 1)                   | {}                                | [-1]
            States.ArrayRange(1, 5, -1)                    | {}                                | []
            States.ArrayRange(3, 1, 1)                     | {}                                | []
            States.ArrayRange($.s, $.e, $.i)               | {"s":1,"e":2,"i":5}               | [1]
            States.ArrayGetItem($.a, $.i)                  | {"a":[1,2,3,4,5,6,7,8,9],"i":5}   | 6
            States.ArrayGetItem($.a, 0)                    | {"a":[{"k":"v"}]}                 | {"k":"v"}
            States.ArrayLength($.a)                        | {"a":[1,2,3,4,5,6,7,8,9]}         | 9
            States.ArrayLength($.a)                        | {"a":[]}                          | 0
            States.ArrayUnique($.a)                        | {"a":[1,2,3,3,3,3,3,3,4]}         | [1,2,3,4]
            States.ArrayUnique($.a)                        | {"a":[3,"3",1,3,1.0,"3",null,null]} | [3,"3",1,null]
            States.ArrayUnique($.a)                        | {"a":[{"a":1,"b":2},{"b":2,"a":1},[1],[1]]} | [{"a":1,"b":2},[1]]
            """)
    void computesTheSpecResults(String call, String input, String expected) {
        assertThat(evaluate(call, input)).isEqualTo(parse(expected));
    }

    @Test
    void arrayRangeBuildsAtMostAThousandItems() {
        JsonNode range = evaluate("States.ArrayRange(1, 1000, 1)", "{}");
        assertThat(range).hasSize(1000);
        assertThat(range.get(999).intValue()).isEqualTo(1000);
    }

    @ParameterizedTest(name = "{0} with {1} fails")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.ArrayRange(0, 1000, 1)     | {}                | The States.ArrayRange result cannot contain more than 1000 items, but would contain 1001
            States.ArrayRange(1000, 0, -1)    | {}                | The States.ArrayRange result cannot contain more than 1000 items, but would contain 1001
            States.ArrayRange(1, 2, 0)        | {}                | Invalid arguments in States.ArrayRange: the step must not be 0
            States.ArrayRange(-9223372036854775808, 9223372036854775807, 1) | {} | The States.ArrayRange result cannot contain more than 1000 items, but would contain 18446744073709551616
            States.ArrayRange($.s, 2, 1)      | {"s":1.5}         | The value of argument 1 of States.ArrayRange must be an integer, but was: 1.5
            States.ArrayPartition($.a, 0)     | {"a":[1]}         | Invalid arguments in States.ArrayPartition: the chunk size must be greater than 0, but was 0
            States.ArrayPartition($.a, -1)    | {"a":[1]}         | Invalid arguments in States.ArrayPartition: the chunk size must be greater than 0, but was -1
            States.ArrayPartition($.a, 1)     | {"a":{"x":1}}     | The value of argument 1 of States.ArrayPartition must be an array, but was: {"x":1}
            States.ArrayGetItem($.a, 3)       | {"a":[1,2,3]}     | Invalid arguments in States.ArrayGetItem: the index 3 is out of bounds for an array of length 3
            States.ArrayGetItem($.a, -1)      | {"a":[1,2,3]}     | Invalid arguments in States.ArrayGetItem: the index -1 is out of bounds for an array of length 3
            States.ArrayGetItem($.a, $.i)     | {"a":[1],"i":"0"} | The value of argument 2 of States.ArrayGetItem must be an integer, but was: "0"
            States.ArrayLength($.a)           | {"a":"abc"}       | The value of argument 1 of States.ArrayLength must be an array, but was: "abc"
            States.ArrayUnique($.a)           | {"a":null}        | The value of argument 1 of States.ArrayUnique must be an array, but was: null
            States.ArrayContains($.a, 1)      | {"a":"1"}         | The value of argument 1 of States.ArrayContains must be an array, but was: "1"
            """)
    void rejectsInvalidValuesAtRunTime(String call, String input, String cause) {
        assertFails(call, input, FAILURE, cause);
    }

    @Test
    void pathArgumentThatSelectsNothingIsARuntimeError() {
        assertFails("States.ArrayLength($.missing)", "{\"a\":[1]}", "States.Runtime",
                "The JsonPath argument for the field '$.missing' could not be found in the input '{\"a\":[1]}'");
    }

    @Test
    void contextPathThatSelectsNothingQuotesTheContextObject() {
        assertFails("States.Array($$.Nope)", "{}", "States.Runtime",
                "The JsonPath argument for the field '$$.Nope' could not be found in the input '"
                        + IntrinsicTesting.CONTEXT + "'");
    }
}
