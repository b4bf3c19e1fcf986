package dev.stepcamel.store;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Executions by ARN plus, per machine, a map from a rising sequence number to execution, read
 * backwards so the newest comes first; a page token is the sequence number to resume below.
 */
public final class InMemoryExecutionStore implements ExecutionStore {
    private final Map<String, Execution> byArn = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentSkipListMap<Long, Execution>> byMachine = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized Execution putIfAbsent(Execution execution) {
        Execution existing = byArn.putIfAbsent(execution.executionArn(), execution);
        if (existing != null) {
            return existing;
        }
        byMachine.computeIfAbsent(execution.machine().arn(), k -> new ConcurrentSkipListMap<>())
                .put(sequence.incrementAndGet(), execution);
        return execution;
    }

    @Override
    public Optional<Execution> find(String executionArn) {
        return Optional.ofNullable(byArn.get(executionArn));
    }

    @Override
    public Page<Execution> list(String stateMachineArn, ExecutionStatus statusFilter, String nextToken,
            int maxResults) {
        String listing = "executions:" + stateMachineArn + ":" + statusFilter;
        NavigableMap<Long, Execution> all = byMachine.getOrDefault(stateMachineArn, new ConcurrentSkipListMap<>());
        NavigableMap<Long, Execution> rest = nextToken == null ? all : all.headMap(position(listing, nextToken), false);
        List<Execution> items = new ArrayList<>();
        long last = 0;
        for (Map.Entry<Long, Execution> entry : rest.descendingMap().entrySet()) {
            if (statusFilter != null && entry.getValue().status() != statusFilter) {
                continue;
            }
            if (items.size() == maxResults) {
                return new Page<>(items, PageTokens.encode(listing, Long.toString(last)));
            }
            items.add(entry.getValue());
            last = entry.getKey();
        }
        return new Page<>(items, null);
    }

    private static long position(String listing, String token) {
        try {
            return Long.parseLong(PageTokens.decode(listing, token));
        } catch (NumberFormatException e) {
            throw new InvalidPageTokenException(token);
        }
    }
}
