package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.MachineType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ExecutionStore} must do; each store's test extends this. */
abstract class ExecutionStoreContract {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    abstract ExecutionStore newStore();

    static DeployedMachine machine(String name) {
        return new DeployedMachine("arn:aws:states:us-east-1:1:stateMachine:" + name, name, MachineType.STANDARD,
                "{}", null, "role", T0, name + "-1");
    }

    static Execution execution(DeployedMachine machine, String name) {
        return new Execution("arn:aws:states:us-east-1:1:execution:" + machine.name() + ":" + name, name, machine,
                "{}", T0, true, null);
    }

    @Test
    void putIfAbsentKeepsTheFirstExecutionWithAnArn() {
        ExecutionStore store = newStore();
        Execution first = execution(machine("m"), "e");

        assertThat(store.putIfAbsent(first)).isSameAs(first);
        assertThat(store.putIfAbsent(execution(machine("m"), "e"))).isSameAs(first);
        assertThat(store.find(first.executionArn())).containsSame(first);
        assertThat(store.find(first.executionArn() + "x")).isEmpty();
    }

    @Test
    void concurrentStartsOfOneNameStoreExactlyOne() throws Exception {
        ExecutionStore store = newStore();
        DeployedMachine m = machine("m");
        List<Execution> winners = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Execution candidate = execution(m, "same");
            Thread thread = new Thread(() -> {
                if (store.putIfAbsent(candidate) == candidate) {
                    winners.add(candidate);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(winners).hasSize(1);
        assertThat(store.list(m.arn(), null, null, 10).items()).containsExactly(winners.get(0));
    }

    @Test
    void listingIsPerMachineNewestFirstAndPagesWithoutRepeats() {
        ExecutionStore store = newStore();
        DeployedMachine m = machine("m");
        store.putIfAbsent(execution(machine("other"), "x"));
        for (int i = 0; i < 7; i++) {
            store.putIfAbsent(execution(m, "e" + i));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            Page<Execution> page = store.list(m.arn(), null, token, 3);
            assertThat(page.items().size()).isLessThanOrEqualTo(3);
            page.items().forEach(e -> seen.add(e.name()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsExactly("e6", "e5", "e4", "e3", "e2", "e1", "e0");
    }

    @Test
    void statusFilterShowsTheCurrentStatus() {
        ExecutionStore store = newStore();
        DeployedMachine m = machine("m");
        Execution a = store.putIfAbsent(execution(m, "a"));
        store.putIfAbsent(execution(m, "b"));
        a.complete(ExecutionStatus.SUCCEEDED, T0, "{}", null, null);

        assertThat(store.list(m.arn(), ExecutionStatus.RUNNING, null, 10).items()).extracting(Execution::name)
                .containsExactly("b");
        assertThat(store.list(m.arn(), ExecutionStatus.SUCCEEDED, null, 10).items()).extracting(Execution::name)
                .containsExactly("a");
    }

    @Test
    void purgingForgetsOnlyExecutionsThatEndedBeforeTheCutoff() {
        ExecutionStore store = newStore();
        DeployedMachine m = machine("m");
        Execution old = store.putIfAbsent(execution(m, "old"));
        Execution recent = store.putIfAbsent(execution(m, "recent"));
        Execution running = store.putIfAbsent(execution(m, "running"));
        old.complete(ExecutionStatus.SUCCEEDED, T0, "{}", null, null);
        recent.complete(ExecutionStatus.FAILED, T0.plusSeconds(3600), null, "E", null);

        assertThat(store.purgeEndedBefore(T0.plusSeconds(60))).isEqualTo(1);

        assertThat(store.find(old.executionArn())).isEmpty();
        assertThat(store.list(m.arn(), null, null, 10).items()).containsExactly(running, recent);
    }

    @Test
    void aTokenFromAnotherListingIsRefused() {
        ExecutionStore store = newStore();
        DeployedMachine m = machine("m");
        store.putIfAbsent(execution(m, "a"));
        store.putIfAbsent(execution(m, "b"));
        String token = store.list(m.arn(), null, null, 1).nextToken();

        assertThatThrownBy(() -> store.list(machine("other").arn(), null, token, 1))
                .isInstanceOf(InvalidPageTokenException.class);
        assertThatThrownBy(() -> store.list(m.arn(), null, "%%%", 1)).isInstanceOf(InvalidPageTokenException.class);
    }
}
