package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.single;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Transitions, reachability, unique names and an end, across nested graphs too. */
class GraphValidationTest {
    private static final String DUPLICATE = "DUPLICATE_STATE_NAME@";

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("Next names no state", machine("A", "'A':{'Type':'Pass','Next':'Nope'},"
                        + "'B':{'Type':'Succeed'}"), target("/States/A/Next"), target("/States/B")),
                invalid("unreachable state", machine("A", "'A':{'Type':'Succeed'},'B':{'Type':'Succeed'}"),
                        target("/States/B")),
                invalid("unreachable cycle", machine("A", "'A':{'Type':'Succeed'},'B':{'Type':'Pass','Next':'C'},"
                        + "'C':{'Type':'Pass','Next':'B'}"), target("/States/B"), target("/States/C")),
                invalid("no terminal state", machine("A", "'A':{'Type':'Pass','Next':'B'},"
                        + "'B':{'Type':'Pass','Next':'A'}"), "MISSING_END_STATE@/States"),
                invalid("name escaped in the pointer", machine("A", "'A':{'Type':'Succeed'},"
                        + "'a/b~c':{'Type':'Succeed'}"), target("/States/a~1b~0c")),
                invalid("name too long", single("{'Type':'Succeed'}").replace("\"S\"", "\"" + "n".repeat(81) + "\""),
                        "INVALID_STATE_NAME@/States/" + "n".repeat(81)),
                invalid("name written twice", Definitions.json("{'StartAt':'A','States':{'A':{'Type':'Pass',"
                        + "'End':true},'A':{'Type':'Succeed'}}}"), DUPLICATE + "/States/A"),
                invalid("name reused inside a branch", single("{'Type':'Parallel','Branches':[{'StartAt':'S',"
                        + "'States':{'S':{'Type':'Succeed'}}}],'End':true}"), DUPLICATE + "/States/S/Branches/0/States/S"),
                invalid("name reused in two branches", single("{'Type':'Parallel','Branches':["
                        + "{'StartAt':'X','States':{'X':{'Type':'Succeed'}}},"
                        + "{'StartAt':'X','States':{'X':{'Type':'Succeed'}}}],'End':true}"),
                        DUPLICATE + "/States/S/Branches/1/States/X"),
                invalid("branch leaves to an outer state", machine("P", "'P':{'Type':'Parallel','Branches':[{"
                        + "'StartAt':'B','States':{'B':{'Type':'Pass','Next':'Done'},'B2':{'Type':'Succeed'}}}],"
                        + "'Next':'Done'},'Done':{'Type':'Succeed'}"),
                        target("/States/P/Branches/0/States/B/Next"), target("/States/P/Branches/0/States/B2")),
                invalid("outer state enters a branch", machine("C", "'C':{'Type':'Choice','Choices':[{"
                        + "'Variable':'$.x','IsNull':true,'Next':'P'}],'Default':'B'},'P':{'Type':'Parallel',"
                        + "'Branches':[{'StartAt':'B','States':{'B':{'Type':'Succeed'}}}],'End':true}"),
                        target("/States/C/Default")),
                invalid("map processor leaves to an outer state", machine("M", "'M':{'Type':'Map','ItemProcessor':"
                        + "{'StartAt':'I','States':{'I':{'Type':'Pass','Next':'Done'},'J':{'Type':'Succeed'}}},"
                        + "'Next':'Done'},'Done':{'Type':'Succeed'}"),
                        target("/States/M/ItemProcessor/States/I/Next"), target("/States/M/ItemProcessor/States/J")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void crossingABranchIsExplained() {
        List<Diagnostic> found = new DefinitionValidator().validate(machine("P", "'P':{'Type':'Parallel',"
                + "'Branches':[{'StartAt':'B','States':{'B':{'Type':'Pass','Next':'P'},'E':{'Type':'Succeed'}}}],"
                + "'End':true}"));

        assertThat(found).filteredOn(d -> d.location().equals("/States/P/Branches/0/States/B/Next"))
                .singleElement().extracting(Diagnostic::message).asString()
                .contains("Missing 'Next' target: P", "cannot leave or enter a Parallel branch");
    }

    @Test
    void unreachableStateUsesAwsWording() {
        List<Diagnostic> found = new DefinitionValidator().validate(
                machine("A", "'A':{'Type':'Succeed'},'B':{'Type':'Succeed'}"));

        assertThat(found).singleElement().extracting(Diagnostic::message).isEqualTo("State \"B\" is not reachable.");
    }
}
