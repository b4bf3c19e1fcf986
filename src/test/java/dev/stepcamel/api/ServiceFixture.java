package dev.stepcamel.api;

import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.InMemoryExecutionStore;
import dev.stepcamel.store.InMemoryStateMachineStore;
import dev.stepcamel.store.StoredStateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A service over in-memory stores, the test engine and a clock that moves only when told. */
final class ServiceFixture {
    static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
    static final String DEFINITION = "{\"StartAt\":\"Only\",\"States\":{\"Only\":{\"Type\":\"Pass\",\"End\":true}}}";
    static final String OTHER_DEFINITION = "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

    final TestClock clock = new TestClock(Instant.parse("2026-01-02T03:04:05.678Z"));
    final TestEngine engine = new TestEngine(clock);
    final StepFunctionsService service;

    ServiceFixture() {
        this(new ApiSettings("eu-west-1", "111122223333", Duration.ofSeconds(5)));
    }

    ServiceFixture(ApiSettings settings) {
        service = new StepFunctionsService(engine, new InMemoryStateMachineStore(), new InMemoryExecutionStore(),
                new TestChecker(), settings, clock, new TestIds());
    }

    StoredStateMachine create(String name, MachineType type) {
        return service.createStateMachine(name, DEFINITION, ROLE, type, Map.of());
    }
}
