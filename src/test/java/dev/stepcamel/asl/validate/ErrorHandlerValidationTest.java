package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.single;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retry and Catch. */
class ErrorHandlerValidationTest {
    private static final String TASK = "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,";

    private static String retry(String retriers) {
        return single(TASK + "'Retry':[" + retriers + "]}");
    }

    private static String katch(String catchers) {
        return machine("S", "'S':" + TASK + "'Catch':[" + catchers + "]},'H':{'Type':'Succeed'}");
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("Retry not an array", single(TASK + "'Retry':{}}"), schema("/States/S/Retry")),
                invalid("retrier not an object", retry("1"), schema("/States/S/Retry/0")),
                invalid("no ErrorEquals", retry("{'MaxAttempts':1}"), schema("/States/S/Retry/0")),
                invalid("empty ErrorEquals", retry("{'ErrorEquals':[]}"), schema("/States/S/Retry/0/ErrorEquals")),
                invalid("error name not a string", retry("{'ErrorEquals':[1]}"),
                        schema("/States/S/Retry/0/ErrorEquals/0")),
                invalid("States.ALL with others", retry("{'ErrorEquals':['States.ALL','X']}"),
                        schema("/States/S/Retry/0/ErrorEquals")),
                invalid("States.ALL not in the last retrier", retry("{'ErrorEquals':['States.ALL']},"
                        + "{'ErrorEquals':['X']}"), schema("/States/S/Retry/0/ErrorEquals")),
                invalid("IntervalSeconds zero", retry("{'ErrorEquals':['X'],'IntervalSeconds':0}"),
                        schema("/States/S/Retry/0/IntervalSeconds")),
                invalid("MaxAttempts negative", retry("{'ErrorEquals':['X'],'MaxAttempts':-1}"),
                        schema("/States/S/Retry/0/MaxAttempts")),
                invalid("BackoffRate below one", retry("{'ErrorEquals':['X'],'BackoffRate':0.5}"),
                        schema("/States/S/Retry/0/BackoffRate")),
                invalid("BackoffRate as text", retry("{'ErrorEquals':['X'],'BackoffRate':'2'}"),
                        schema("/States/S/Retry/0/BackoffRate")),
                invalid("MaxDelaySeconds zero", retry("{'ErrorEquals':['X'],'MaxDelaySeconds':0}"),
                        schema("/States/S/Retry/0/MaxDelaySeconds")),
                invalid("unknown JitterStrategy", retry("{'ErrorEquals':['X'],'JitterStrategy':'HALF'}"),
                        schema("/States/S/Retry/0/JitterStrategy")),
                invalid("unknown retrier field", retry("{'ErrorEquals':['X'],'Next':'S'}"),
                        schema("/States/S/Retry/0")),
                invalid("catcher without Next", katch("{'ErrorEquals':['X']}"), schema("/States/S/Catch/0"),
                        target("/States/H")),
                invalid("catcher Next names no state", katch("{'ErrorEquals':['X'],'Next':'Nope'}"),
                        target("/States/S/Catch/0/Next"), target("/States/H")),
                invalid("catcher ResultPath not a reference path", katch("{'ErrorEquals':['X'],"
                        + "'ResultPath':'$.a..b','Next':'H'}"), schema("/States/S/Catch/0/ResultPath")),
                invalid("States.ALL not in the last catcher", katch("{'ErrorEquals':['States.ALL'],'Next':'H'},"
                        + "{'ErrorEquals':['X'],'Next':'H'}"), schema("/States/S/Catch/0/ErrorEquals")),
                invalid("unknown catcher field", katch("{'ErrorEquals':['X'],'Next':'H','MaxAttempts':1}"),
                        schema("/States/S/Catch/0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
