package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.json;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.single;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopLevelValidationTest {
    private static final String PASS = "'S':{'Type':'Pass','End':true}";

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("empty text", "  ", "MISSING_DESCRIPTION@null"),
                invalid("not JSON", "{'StartAt':", "INVALID_JSON_DESCRIPTION@null"),
                invalid("text after the document", json("{'StartAt':'S','States':{" + PASS + "}} x"),
                        "INVALID_JSON_DESCRIPTION@null"),
                invalid("not an object", "[1]", schema("/")),
                invalid("no States", json("{'StartAt':'S'}"), schema("/")),
                invalid("no StartAt", json("{'States':{" + PASS + "}}"), schema("/")),
                invalid("StartAt not a string", json("{'StartAt':1,'States':{" + PASS + "}}"), schema("/StartAt")),
                invalid("StartAt names no state", json("{'StartAt':'Nope','States':{" + PASS + "}}"),
                        target("/StartAt")),
                invalid("States empty", json("{'StartAt':'S','States':{}}"), schema("/States")),
                invalid("States not an object", json("{'StartAt':'S','States':[]}"), schema("/States")),
                invalid("unknown field", json("{'Coment':'typo','StartAt':'S','States':{" + PASS + "}}"),
                        schema("/")),
                invalid("TimeoutSeconds zero", json("{'TimeoutSeconds':0,'StartAt':'S','States':{" + PASS + "}}"),
                        schema("/TimeoutSeconds")),
                invalid("TimeoutSeconds as text", json("{'TimeoutSeconds':'5','StartAt':'S','States':{"
                        + PASS + "}}"), schema("/TimeoutSeconds")),
                invalid("TimeoutSeconds fractional", json("{'TimeoutSeconds':1.5,'StartAt':'S','States':{"
                        + PASS + "}}"), schema("/TimeoutSeconds")),
                invalid("Version not a string", json("{'Version':1,'StartAt':'S','States':{" + PASS + "}}"),
                        schema("/Version")),
                invalid("Comment not a string", json("{'Comment':{},'StartAt':'S','States':{" + PASS + "}}"),
                        schema("/Comment")),
                invalid("unknown QueryLanguage", json("{'QueryLanguage':'XPath','StartAt':'S','States':{"
                        + PASS + "}}"), schema("/QueryLanguage")),
                invalid("JSONPath state in a JSONata machine", json("{'QueryLanguage':'JSONata','StartAt':'S',"
                        + "'States':{'S':{'Type':'Pass','QueryLanguage':'JSONPath','End':true}}}"),
                        schema("/States/S/QueryLanguage")),
                invalid("JSONPath-only field in a JSONata state", single("{'Type':'Pass','QueryLanguage':'JSONata',"
                        + "'InputPath':'$.a','Output':'{% 1 %}','End':true}"), schema("/States/S")),
                invalid("JSONata choice rule without Condition", Definitions.machine("A", "'A':{'Type':'Choice',"
                        + "'QueryLanguage':'JSONata','Choices':[{'Variable':'$.a','Next':'B'}],"
                        + "'Default':'B'},'B':{'Type':'Succeed'}"),
                        schema("/States/A/Choices/0"), schema("/States/A/Choices/0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void jsonataStatesTakeExpressionsWhereJsonPathStatesTakeNumbers() {
        List<Diagnostic> found = new DefinitionValidator().validate(json("{'QueryLanguage':'JSONata','StartAt':'W',"
                + "'States':{'W':{'Type':'Wait','Seconds':'{% $states.input.delay %}','Assign':{'x':1},'Next':'M'},"
                + "'M':{'Type':'Map','Items':'{% [1,2] %}','MaxConcurrency':'{% 1 %}','ToleratedFailureCount':0,"
                + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},"
                + "'Output':{'n':'{% $count($states.result) %}'},'End':true}}}"));

        assertThat(found).isEmpty();
    }

    @Test
    void missingFieldUsesAwsWording() {
        List<Diagnostic> found = new DefinitionValidator().validate(json("{'StartAt':'S'}"));

        assertThat(found).singleElement()
                .extracting(Diagnostic::message).isEqualTo("These fields are required: [States]");
    }

    @Test
    void unparsableJsonSaysWhere() {
        List<Diagnostic> found = new DefinitionValidator().validate("{\n  \"StartAt\": }");

        assertThat(found).singleElement().satisfies(d -> assertThat(d.message()).contains("line 2"));
    }
}
