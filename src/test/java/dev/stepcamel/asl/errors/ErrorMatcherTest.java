package dev.stepcamel.asl.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMatcherTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "States.ALL, States.TaskFailed, true",
        "States.ALL, States.Timeout, true",
        "States.ALL, MyError, true",
        "States.ALL, States.Runtime, false",
        "States.ALL, States.DataLimitExceeded, false",
        "States.TaskFailed, MyError, true",
        "States.TaskFailed, Lambda.Unknown, true",
        "States.TaskFailed, States.Timeout, false",
        "States.TaskFailed, States.Runtime, false",
        "MyError, MyError, true",
        "MyError, myerror, false",
        "States.Timeout, States.Timeout, true",
    })
    void followsAslMatchingRules(String candidate, String error, boolean expected) {
        assertThat(ErrorMatcher.matches(List.of(candidate), error)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"States.Runtime, true", "States.DataLimitExceeded, true", "States.Timeout, false", "X, false"})
    void runtimeAndDataLimitErrorsAreTerminal(String error, boolean terminal) {
        assertThat(new AslException(error, "c").isTerminal()).isEqualTo(terminal);
    }

    @org.junit.jupiter.api.Test
    void aHeartbeatTimeoutAlsoMatchesStatesHeartbeatTimeoutButAnOrdinaryTimeoutDoesNot() {
        List<String> heartbeat = List.of(ErrorNames.HEARTBEAT_TIMEOUT);

        assertThat(ErrorMatcher.matches(heartbeat, new HeartbeatTimeout())).isTrue();
        assertThat(ErrorMatcher.matches(List.of(ErrorNames.TIMEOUT), new HeartbeatTimeout())).isTrue();
        assertThat(ErrorMatcher.matches(heartbeat, new AslException(ErrorNames.TIMEOUT, null))).isFalse();
    }
}
