package dev.stepcamel.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Task tokens in a concurrent map; closing is an atomic replace of the open record. */
public final class InMemoryCallbackStore implements CallbackStore {
    private final ConcurrentMap<String, PendingCallback> byToken = new ConcurrentHashMap<>();

    @Override
    public void open(PendingCallback callback) {
        if (!callback.open()) {
            throw new IllegalArgumentException("only open callbacks are opened");
        }
        if (byToken.putIfAbsent(callback.token(), callback) != null) {
            throw new IllegalStateException("task token already in use");
        }
    }

    @Override
    public Optional<PendingCallback> find(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    @Override
    public boolean close(String token) {
        PendingCallback current = byToken.get(token);
        return current != null && current.open() && byToken.replace(token, current, current.closed());
    }

    @Override
    public List<PendingCallback> openOf(String executionArn) {
        return byToken.values().stream().filter(c -> c.open() && c.executionArn().equals(executionArn))
                .sorted(Comparator.comparing(PendingCallback::openedAt)).toList();
    }
}
