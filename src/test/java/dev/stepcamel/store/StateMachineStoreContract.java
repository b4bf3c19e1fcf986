package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.store.StoredStateMachine.Revision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link StateMachineStore} must do; each store's test extends this. */
abstract class StateMachineStoreContract {

    abstract StateMachineStore newStore();

    static StoredStateMachine stored(String name) {
        return StoredStateMachine.created(ExecutionStoreContract.machine(name), ExecutionStoreContract.T0);
    }

    @Test
    void putIfAbsentKeepsTheFirstMachineWithAnArn() {
        StateMachineStore store = newStore();
        StoredStateMachine first = stored("m");

        assertThat(store.putIfAbsent(first)).isSameAs(first);
        assertThat(store.putIfAbsent(stored("m"))).isSameAs(first);
    }

    @Test
    void replaceStoresANewRevisionAndDeleteRemoves() {
        StateMachineStore store = newStore();
        StoredStateMachine first = store.putIfAbsent(stored("m"));
        DeployedMachine next = ExecutionStoreContract.machine("m");
        StoredStateMachine updated = first.withRevision(new Revision(next, "r2", ExecutionStoreContract.T0));

        store.replace(updated);

        assertThat(store.find(first.arn())).contains(updated);
        assertThat(store.delete(first.arn())).contains(updated);
        assertThat(store.find(first.arn())).isEmpty();
        assertThat(store.delete(first.arn())).isEmpty();
    }

    @Test
    void listPagesInNameOrderWithoutRepeats() {
        StateMachineStore store = newStore();
        for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
            store.putIfAbsent(stored(name));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            Page<StoredStateMachine> page = store.list(token, 2);
            page.items().forEach(m -> seen.add(m.name()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
        assertThatThrownBy(() -> store.list("bm90LW91cnM", 2)).isInstanceOf(InvalidPageTokenException.class);
    }
}
