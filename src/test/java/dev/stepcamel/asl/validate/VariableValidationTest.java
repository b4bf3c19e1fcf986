package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.json;
import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Variable names and scopes as AWS checks them when a definition is created: an inner scope
 * (Parallel branch, Map processor) cannot assign a name an outer scope assigns.
 */
class VariableValidationTest {
    private static String mapAssigning(String outerAssign, String innerAssign) {
        return machine("Init", "'Init':{'Type':'Pass','Assign':{" + outerAssign + "},'Next':'Fan'},"
                + "'Fan':{'Type':'Map','ItemProcessor':{'StartAt':'In','States':{'In':{'Type':'Pass',"
                + "'Assign':{" + innerAssign + "},'End':true}}},'End':true}");
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("Map processor assigns an outer name", mapAssigning("'x':1", "'x':2"),
                        schema("/States/Fan/ItemProcessor/States/In/Assign/x")),
                invalid("JSONPath form of the same name", mapAssigning("'x.$':'$.a'", "'x.$':'$.b'"),
                        schema("/States/Fan/ItemProcessor/States/In/Assign/x.$")),
                invalid("nested processor assigns a name a choice rule assigns",
                        machine("C", "'C':{'Type':'Choice','Choices':[{'Variable':'$.a','IsPresent':true,"
                                + "'Assign':{'y':1},'Next':'P'}],'Default':'P'},"
                                + "'P':{'Type':'Parallel','Branches':[{'StartAt':'M','States':{'M':{'Type':'Map',"
                                + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','Assign':{'y':2},"
                                + "'End':true}}},'End':true}}}],'End':true}"),
                        schema("/States/P/Branches/0/States/M/ItemProcessor/States/I/Assign/y")),
                invalid("assigning a part of a variable", single("{'Type':'Pass','Assign':{'x.y':1},'End':true}"),
                        schema("/States/S/Assign/x.y")),
                invalid("reserved name", single("{'Type':'Pass','Assign':{'states':1},'End':true}"),
                        schema("/States/S/Assign/states")),
                invalid("name too long", single("{'Type':'Pass','Assign':{'" + "v".repeat(81) + "':1},'End':true}"),
                        schema("/States/S/Assign/" + "v".repeat(81))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theMessageNamesTheVariableBothStatesAndTheRule() {
        List<Diagnostic> found = new DefinitionValidator().validate(json(mapAssigning("'x':1", "'x':2")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
            assertThat(d.message()).contains("'x'", "state 'In'", "state 'Init'", "outer scope");
        });
    }

    @Test
    void siblingScopesSameScopeAndUnicodeNamesAreFine() {
        String siblings = single("{'Type':'Parallel','Branches':["
                + "{'StartAt':'A','States':{'A':{'Type':'Pass','Assign':{'v':1},'End':true}}},"
                + "{'StartAt':'B','States':{'B':{'Type':'Pass','Assign':{'v':2},'End':true}}}],"
                + "'Assign':{'after':1},'End':true}");
        String sameScopeTwice = machine("A", "'A':{'Type':'Pass','Assign':{'n':1},'Next':'B'},"
                + "'B':{'Type':'Pass','Assign':{'n':2,'_private':3,'prix\u00e9':4,'x1':5},'End':true}");
        String innerOnly = mapAssigning("'outer':1", "'inner':2");
        String catchAssignsABranchName = single("{'Type':'Parallel','Branches':[{'StartAt':'B','States':{'B':"
                + "{'Type':'Pass','Assign':{'v':1},'End':true}}}],'Catch':[{'ErrorEquals':['States.ALL'],"
                + "'Assign':{'v':2},'Next':'F'}],'End':true},'F':{'Type':'Succeed'}"); // AWS accepts it
        assertThat(problems(siblings)).isEmpty();
        assertThat(problems(sameScopeTwice)).isEmpty();
        assertThat(problems(innerOnly)).isEmpty();
        assertThat(problems(catchAssignsABranchName)).isEmpty();
    }
}
