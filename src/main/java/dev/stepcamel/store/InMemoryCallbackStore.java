package dev.stepcamel.store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Open tokens in a concurrent map; closed ones in a bounded map of the most recently closed, so a
 * long-running process does not keep every token it ever issued (a token closed longer ago than
 * that is answered as one that does not exist).
 */
public final class InMemoryCallbackStore implements CallbackStore {
    public static final int DEFAULT_CLOSED_REMEMBERED = 100_000;

    private final ConcurrentMap<String, PendingCallback> open = new ConcurrentHashMap<>();
    private final Map<String, PendingCallback> closed;

    public InMemoryCallbackStore() {
        this(DEFAULT_CLOSED_REMEMBERED);
    }

    public InMemoryCallbackStore(int closedRemembered) {
        this.closed = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PendingCallback> eldest) {
                return size() > closedRemembered;
            }
        };
    }

    @Override
    public void open(PendingCallback callback) {
        if (!callback.open()) {
            throw new IllegalArgumentException("only open callbacks are opened");
        }
        synchronized (closed) {
            if (closed.containsKey(callback.token()) || open.putIfAbsent(callback.token(), callback) != null) {
                throw new IllegalStateException("task token already in use");
            }
        }
    }

    @Override
    public Optional<PendingCallback> find(String token) {
        PendingCallback waiting = open.get(token);
        if (waiting != null) {
            return Optional.of(waiting);
        }
        synchronized (closed) { // closing moves a token under this lock, so it is never in neither map
            return Optional.ofNullable(open.containsKey(token) ? open.get(token) : closed.get(token));
        }
    }

    @Override
    public boolean close(String token) {
        synchronized (closed) {
            PendingCallback waiting = open.remove(token);
            if (waiting == null) {
                return false;
            }
            closed.put(token, waiting.closed());
            return true;
        }
    }

    @Override
    public List<PendingCallback> openOf(String executionArn) {
        return open.values().stream().filter(c -> c.executionArn().equals(executionArn))
                .sorted(Comparator.comparing(PendingCallback::openedAt)).toList();
    }
}
