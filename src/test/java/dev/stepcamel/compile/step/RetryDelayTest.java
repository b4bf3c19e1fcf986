package dev.stepcamel.compile.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.Retrier;
import dev.stepcamel.asl.model.Retrier.JitterStrategy;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.RuntimeServices;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryDelayTest {

    @ParameterizedTest(name = "interval {0}s x {1}^{2}, cap {3} -> {4} ms")
    @CsvSource({
        "1, 2.0, 0, , 1000",
        "1, 2.0, 1, , 2000",
        "1, 2.0, 3, , 8000",
        "3, 1.5, 2, , 6750",
        "2, 2.0, 4, 10, 10000",
        "1, 1.0, 7, , 1000",
    })
    void backOffGrowsByTheRateAndStopsAtMaxDelay(double interval, double rate, int attempt, Long maxDelay,
            long expectedMillis) {
        Retrier retrier = new Retrier(List.of("States.ALL"), interval, 5, rate, maxDelay, JitterStrategy.NONE);
        assertThat(ErrorHandlingStep.delayMillis(retrier, attempt, run(new Random(1)))).isEqualTo(expectedMillis);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "2", "3"})
    void fullJitterStaysWithinTheBackOff(int attempt) {
        Retrier retrier = new Retrier(List.of("States.ALL"), 2, 5, 2.0, null, JitterStrategy.FULL);
        Random random = new Random(42);
        long ceiling = (long) (2000 * Math.pow(2, attempt));
        for (int i = 0; i < 200; i++) {
            assertThat(ErrorHandlingStep.delayMillis(retrier, attempt, run(random))).isBetween(0L, ceiling);
        }
    }

    private static ExecutionRun run(RandomGenerator random) {
        RuntimeServices services = new RuntimeServices() {
            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public void scheduleAt(java.time.Instant due, Runnable task) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ExecutorService workers() {
                throw new UnsupportedOperationException();
            }

            @Override
            public UUID newUuid() {
                return UUID.randomUUID();
            }

            @Override
            public RandomGenerator random() {
                return random;
            }
        };
        return new ExecutionRun() {
            @Override
            public boolean isActive() {
                return true;
            }

            @Override
            public boolean keepsHistory() {
                return false;
            }

            @Override
            public long record(String type, ObjectNode details) {
                return 0;
            }

            @Override
            public JsonNode executionContext() {
                return null;
            }

            @Override
            public JsonNode stateMachineContext() {
                return null;
            }

            @Override
            public RuntimeServices services() {
                return services;
            }
        };
    }
}
