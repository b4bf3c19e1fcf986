package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceValidationTest {
    private static final String RULE = "/States/C/Choices/0";

    /** A Choice state C whose only rule is {@code rule}, with Default D. */
    private static String choice(String rule) {
        return choiceState("'Choices':[" + rule + "],'Default':'D'");
    }

    private static String choiceState(String body) {
        return machine("C", "'C':{'Type':'Choice'," + body + "},'D':{'Type':'Succeed'}");
    }

    private static Arguments operand(String operator, String value) {
        return invalid(operator + " with " + value,
                choice("{'Variable':'$.v','" + operator + "':" + value + ",'Next':'D'}"), schema(RULE + "/" + operator));
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("no Choices", choiceState("'Default':'D'"), schema("/States/C")),
                invalid("empty Choices", choiceState("'Choices':[],'Default':'D'"), schema("/States/C/Choices")),
                invalid("Choices not an array", choiceState("'Choices':{},'Default':'D'"),
                        schema("/States/C/Choices")),
                invalid("Next on a Choice state", choiceState("'Choices':[{'Variable':'$.v','IsNull':true,"
                        + "'Next':'D'}],'Next':'D'"), schema("/States/C")),
                invalid("Default names no state", choiceState("'Choices':[{'Variable':'$.v','IsNull':true,"
                        + "'Next':'D'}],'Default':'Nope'"), target("/States/C/Default")),
                invalid("rule without Next", choice("{'Variable':'$.v','IsNull':true}"), schema(RULE)),
                invalid("rule Next names no state", choice("{'Variable':'$.v','IsNull':true,'Next':'Nope'}"),
                        target(RULE + "/Next")),
                invalid("rule without operator", choice("{'Variable':'$.v','Next':'D'}"), schema(RULE)),
                invalid("rule with two operators", choice("{'Variable':'$.v','IsNull':true,'IsString':true,"
                        + "'Next':'D'}"), schema(RULE)),
                invalid("unknown operator", choice("{'Variable':'$.v','StringContains':'x','Next':'D'}"),
                        schema(RULE), schema(RULE)),
                invalid("no Variable", choice("{'StringEquals':'x','Next':'D'}"), schema(RULE)),
                invalid("Variable not a path", choice("{'Variable':'v','StringEquals':'x','Next':'D'}"),
                        schema(RULE + "/Variable")),
                invalid("Variable beside And", choice("{'Variable':'$.v','And':[{'Variable':'$.v',"
                        + "'IsNull':true}],'Next':'D'}"), schema(RULE + "/Variable")),
                invalid("empty And", choice("{'And':[],'Next':'D'}"), schema(RULE + "/And")),
                invalid("Or not an array", choice("{'Or':{'Variable':'$.v','IsNull':true},'Next':'D'}"),
                        schema(RULE + "/Or")),
                invalid("Not not an object", choice("{'Not':[],'Next':'D'}"), schema(RULE + "/Not")),
                invalid("Next in a nested rule", choice("{'And':[{'Variable':'$.v','IsNull':true,'Next':'D'}],"
                        + "'Next':'D'}"), schema(RULE + "/And/0")),
                invalid("bad operand deep in Not", choice("{'Not':{'Or':[{'Variable':'$.v','IsNull':true},"
                        + "{'Variable':'$.n','NumericEquals':'1'}]},'Next':'D'}"),
                        schema(RULE + "/Not/Or/1/NumericEquals")),
                operand("StringEquals", "5"),
                operand("StringMatches", "true"),
                operand("NumericLessThan", "'5'"),
                operand("BooleanEquals", "'true'"),
                operand("TimestampEquals", "'yesterday'"),
                operand("TimestampGreaterThan", "1"),
                operand("StringEqualsPath", "'other'"),
                operand("NumericEqualsPath", "5"),
                operand("IsNull", "'yes'"),
                operand("IsTimestamp", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
