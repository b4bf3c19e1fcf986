package dev.stepcamel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** State machines in a sorted concurrent map; a page resumes after the last ARN it returned. */
public final class InMemoryStateMachineStore implements StateMachineStore {
    private static final String LISTING = "machines";

    private final ConcurrentNavigableMap<String, StoredStateMachine> byArn = new ConcurrentSkipListMap<>();

    @Override
    public Optional<StoredStateMachine> find(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    @Override
    public StoredStateMachine putIfAbsent(StoredStateMachine machine) {
        StoredStateMachine existing = byArn.putIfAbsent(machine.arn(), machine);
        return existing == null ? machine : existing;
    }

    @Override
    public void replace(StoredStateMachine machine) {
        byArn.replace(machine.arn(), machine);
    }

    @Override
    public Optional<StoredStateMachine> delete(String arn) {
        return Optional.ofNullable(byArn.remove(arn));
    }

    @Override
    public Page<StoredStateMachine> list(String nextToken, int maxResults) {
        var rest = nextToken == null ? byArn : byArn.tailMap(PageTokens.decode(LISTING, nextToken), false);
        List<StoredStateMachine> items = new ArrayList<>();
        for (StoredStateMachine machine : rest.values()) {
            if (items.size() == maxResults) {
                String last = items.get(items.size() - 1).arn();
                return new Page<>(items, PageTokens.encode(LISTING, last));
            }
            items.add(machine);
        }
        return new Page<>(items, null);
    }
}
