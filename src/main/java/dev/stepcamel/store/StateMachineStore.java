package dev.stepcamel.store;

import java.util.Optional;

/** Keeps state machines by ARN. Implementations are thread-safe. */
public interface StateMachineStore {

    Optional<StoredStateMachine> find(String arn);

    /** Stores {@code machine} unless one with its ARN exists; returns whichever is stored afterwards. */
    StoredStateMachine putIfAbsent(StoredStateMachine machine);

    /** Replaces the stored machine with the same ARN. */
    void replace(StoredStateMachine machine);

    /** Removes the machine; returns it, or empty when there was none. */
    Optional<StoredStateMachine> delete(String arn);

    /** Machines ordered by ARN (so by name); {@code nextToken} is {@code null} for the first page. */
    Page<StoredStateMachine> list(String nextToken, int maxResults);
}
