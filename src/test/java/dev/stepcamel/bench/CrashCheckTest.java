package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test, small: the runtime runs as a child JVM and is killed with kill -9 twice while
 * Standard executions of a Wait/Task/callback/Map workflow run (its task keys read from workflow
 * variables, so a variable lost in a restart fails the execution); each must end once, with the
 * events of an uninterrupted run, one counted side effect per task attempt, and its callback
 * answered once by the outside worker through the HTTP API. The full run of 1,000 executions is
 * {@code java -cp target/stepcamel.jar dev.stepcamel.bench.CrashCheck}.
 */
class CrashCheckTest {
    @TempDir
    Path work;

    @Test
    void executionsKilledWithKillNineCompleteExactlyOnce() throws Exception {
        CrashCheck.Report report = CrashCheck.run(30, 2, 2, 3, 0, work);

        assertThat(report.problems()).isEmpty();
        assertThat(report.succeeded()).isEqualTo(30);
    }

    @Test
    void anInterruptedCallAndItsRetryAreTakenOutBeforeComparingWithAnUninterruptedRun() throws Exception {
        var events = dev.stepcamel.data.Json.parse("""
                [{"type": "TaskStateEntered"}, {"type": "LambdaFunctionScheduled"}, {"type": "LambdaFunctionStarted"},
                 {"type": "LambdaFunctionFailed", "details": {"cause": "The call was interrupted by a restart of the runtime"}},
                 {"type": "MapIterationStarted"}, {"type": "LambdaFunctionScheduled"}, {"type": "LambdaFunctionStarted"},
                 {"type": "LambdaFunctionSucceeded"}, {"type": "TaskScheduled"}, {"type": "TaskStarted"},
                 {"type": "TaskFailed", "details": {"cause": "The call was interrupted by a restart of the runtime"}},
                 {"type": "TaskScheduled"}, {"type": "TaskStarted"}, {"type": "TaskSubmitted"}]""");

        assertThat(CrashCheck.withoutInterruptedRetries(events)).containsExactly("TaskStateEntered",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "MapIterationStarted", "LambdaFunctionSucceeded",
                "TaskScheduled", "TaskStarted", "TaskSubmitted");
    }
}
