package dev.stepcamel.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tags per resource ARN, kept in memory in the order they were added. */
final class Tags {
    private final Map<String, Map<String, String>> byArn = new ConcurrentHashMap<>();

    void add(String arn, Map<String, String> tags) {
        byArn.compute(arn, (k, old) -> {
            Map<String, String> next = old == null ? new LinkedHashMap<>() : new LinkedHashMap<>(old);
            next.putAll(tags);
            return next;
        });
    }

    void remove(String arn, Collection<String> keys) {
        byArn.computeIfPresent(arn, (k, old) -> {
            Map<String, String> next = new LinkedHashMap<>(old);
            next.keySet().removeAll(keys);
            return next;
        });
    }

    Map<String, String> of(String arn) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byArn.getOrDefault(arn, Map.of())));
    }

    void forget(String arn) {
        byArn.remove(arn);
    }
}
