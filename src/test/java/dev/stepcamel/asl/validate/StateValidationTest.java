package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
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

/** Fields every state shares, and the rules of Pass, Task, Wait and Fail. */
class StateValidationTest {
    private static final String NO_END = "MISSING_END_STATE@/States";
    private static final String TASK = "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,";

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("state not an object", single("[]"), schema("/States/S")),
                invalid("no Type", single("{'End':true}"), schema("/States/S")),
                invalid("unknown Type", single("{'Type':'Sleep','End':true}"), schema("/States/S/Type")),
                invalid("untyped state still leads on", machine("A", "'A':{'Next':'B','Catch':[{'Next':'C'}]},"
                        + "'B':{'Type':'Succeed'},'C':{'Type':'Succeed'}"), schema("/States/A")),
                invalid("ResultSelector on Pass", single("{'Type':'Pass','ResultSelector':{},'End':true}"),
                        schema("/States/S")),
                invalid("Next on Succeed", single("{'Type':'Succeed','Next':'S'}"), schema("/States/S")),
                invalid("End on Fail", single("{'Type':'Fail','End':true}"), schema("/States/S")),
                invalid("ResultPath on Wait", single("{'Type':'Wait','Seconds':1,'ResultPath':'$.x','End':true}"),
                        schema("/States/S")),
                invalid("Retry on Pass", single("{'Type':'Pass','Retry':[],'End':true}"), schema("/States/S")),
                invalid("JSONata Arguments in JSONPath mode", single(TASK + "'Arguments':{}}"), schema("/States/S")),
                invalid("neither Next nor End", single("{'Type':'Pass'}"), schema("/States/S"), NO_END),
                invalid("both Next and End", single("{'Type':'Pass','Next':'S','End':true}"), schema("/States/S")),
                invalid("End false", single("{'Type':'Pass','End':false}"), schema("/States/S/End"), NO_END),
                invalid("Next not a string", single("{'Type':'Pass','Next':1}"), schema("/States/S/Next"), NO_END),
                invalid("InputPath not a path", single("{'Type':'Pass','InputPath':'in','End':true}"),
                        schema("/States/S/InputPath")),
                invalid("OutputPath malformed", single("{'Type':'Pass','OutputPath':'$.a[?(','End':true}"),
                        schema("/States/S/OutputPath")),
                invalid("ResultPath with a wildcard", single("{'Type':'Pass','ResultPath':'$.a[*]','End':true}"),
                        schema("/States/S/ResultPath")),
                invalid("ResultPath into the context", single("{'Type':'Pass','ResultPath':'$$.a','End':true}"),
                        schema("/States/S/ResultPath")),
                invalid("template value not a string", single("{'Type':'Pass','Parameters':{'a.$':5},'End':true}"),
                        schema("/States/S/Parameters/a.$")),
                invalid("nested template value not a path", single("{'Type':'Pass','Parameters':{'x':[{"
                        + "'b.$':'nope'}]},'End':true}"), schema("/States/S/Parameters/x/0/b.$")),
                invalid("ResultSelector template", single(TASK + "'ResultSelector':{'p.$':'Payload'}}"),
                        schema("/States/S/ResultSelector/p.$")),
                invalid("Assign template", single("{'Type':'Pass','Assign':{'v.$':'v'},'End':true}"),
                        schema("/States/S/Assign/v.$")),
                invalid("task without Resource", single("{'Type':'Task','End':true}"), schema("/States/S")),
                invalid("Resource not an ARN", single("{'Type':'Task','Resource':'my-lambda','End':true}"),
                        schema("/States/S/Resource")),
                invalid("Resource not a string", single("{'Type':'Task','Resource':5,'End':true}"),
                        schema("/States/S/Resource")),
                invalid("TimeoutSeconds zero", single(TASK + "'TimeoutSeconds':0}"),
                        schema("/States/S/TimeoutSeconds")),
                invalid("TimeoutSeconds and its Path", single(TASK + "'TimeoutSeconds':5,'TimeoutSecondsPath':'$.t'}"),
                        schema("/States/S")),
                invalid("HeartbeatSeconds and its Path", single(TASK
                        + "'HeartbeatSeconds':5,'HeartbeatSecondsPath':'$.t'}"), schema("/States/S")),
                invalid("heartbeat not below timeout", single(TASK + "'TimeoutSeconds':5,'HeartbeatSeconds':5}"),
                        schema("/States/S/HeartbeatSeconds")),
                invalid("HeartbeatSecondsPath not a path", single(TASK + "'HeartbeatSecondsPath':'h'}"),
                        schema("/States/S/HeartbeatSecondsPath")),
                invalid("Credentials without RoleArn", single(TASK + "'Credentials':{}}"),
                        schema("/States/S/Credentials")),
                invalid("Credentials with an unknown field", single(TASK
                        + "'Credentials':{'RoleArn':'arn:aws:iam::1:role/r','Other':1}}"),
                        schema("/States/S/Credentials")),
                invalid("Wait with no duration", single("{'Type':'Wait','End':true}"), schema("/States/S")),
                invalid("Wait with two durations", single("{'Type':'Wait','Seconds':1,'SecondsPath':'$.s',"
                        + "'End':true}"), schema("/States/S")),
                invalid("negative Seconds", single("{'Type':'Wait','Seconds':-1,'End':true}"),
                        schema("/States/S/Seconds")),
                invalid("fractional Seconds", single("{'Type':'Wait','Seconds':1.5,'End':true}"),
                        schema("/States/S/Seconds")),
                invalid("Timestamp without T", single("{'Type':'Wait','Timestamp':'2016-03-14 01:59:00Z',"
                        + "'End':true}"), schema("/States/S/Timestamp")),
                invalid("Timestamp without zone", single("{'Type':'Wait','Timestamp':'2016-03-14T01:59:00',"
                        + "'End':true}"), schema("/States/S/Timestamp")),
                invalid("Timestamp impossible date", single("{'Type':'Wait','Timestamp':'2016-02-30T01:59:00Z',"
                        + "'End':true}"), schema("/States/S/Timestamp")),
                invalid("SecondsPath not a path", single("{'Type':'Wait','SecondsPath':'s','End':true}"),
                        schema("/States/S/SecondsPath")),
                invalid("Error and ErrorPath", single("{'Type':'Fail','Error':'E','ErrorPath':'$.e'}"),
                        schema("/States/S")),
                invalid("Cause and CausePath", single("{'Type':'Fail','Cause':'C','CausePath':'$.c'}"),
                        schema("/States/S")),
                invalid("ErrorPath not a path", single("{'Type':'Fail','ErrorPath':'e'}"),
                        schema("/States/S/ErrorPath")),
                invalid("Error not a string", single("{'Type':'Fail','Error':5}"), schema("/States/S/Error")),
                invalid("problems in two states", machine("A", "'A':{'Type':'Pass','InputPath':'x','Next':'B'},"
                        + "'B':{'Type':'Pass','OutputPath':'y','End':true}"),
                        schema("/States/A/InputPath"), schema("/States/B/OutputPath")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void credentialsWithoutRoleArnUsesAwsWording() {
        List<Diagnostic> found = new DefinitionValidator().validate(single(TASK + "'Credentials':{}}"));

        assertThat(found).singleElement().extracting(Diagnostic::message)
                .isEqualTo("The field 'RoleArn' is required but was missing");
    }

    @Test
    void messageNamesStateFieldAndReason() {
        List<Diagnostic> found = new DefinitionValidator().validate(
                single("{'Type':'Wait','Seconds':-3,'End':true}"));

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .contains("'S'", "Seconds", "non-negative integer", "-3");
    }
}
