package dev.stepcamel.store;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tags kept in memory only. */
public class InMemoryTagStore implements TagStore {
    private final Map<String, Map<String, String>> byArn = new ConcurrentHashMap<>();

    @Override
    public void add(String arn, Map<String, String> tags) {
        byArn.compute(arn, (k, old) -> {
            Map<String, String> next = old == null ? new LinkedHashMap<>() : new LinkedHashMap<>(old);
            next.putAll(tags);
            return next;
        });
    }

    @Override
    public void remove(String arn, Collection<String> keys) {
        byArn.computeIfPresent(arn, (k, old) -> {
            Map<String, String> next = new LinkedHashMap<>(old);
            next.keySet().removeAll(keys);
            return next;
        });
    }

    @Override
    public Map<String, String> of(String arn) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byArn.getOrDefault(arn, Map.of())));
    }

    @Override
    public void forget(String arn) {
        byArn.remove(arn);
    }

    /** Every resource's tags, for a store that writes them out. */
    protected Map<String, Map<String, String>> all() {
        return byArn;
    }
}
