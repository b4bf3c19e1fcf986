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
    public Page<Execution> list(String stateMachineArn, ExecutionStatus statusFilter, Boolean redriven,
            String nextToken, int maxResults) {
        String listing = "executions:" + stateMachineArn + ":" + statusFilter + (redriven == null ? "" : ":" + redriven);
        NavigableMap<Long, Execution> all = byMachine.getOrDefault(stateMachineArn, new ConcurrentSkipListMap<>());
        NavigableMap<Long, Execution> rest = nextToken == null ? all : all.headMap(position(listing, nextToken), false);
        List<Execution> items = new ArrayList<>();
        long last = 0;
        for (Map.Entry<Long, Execution> entry : rest.descendingMap().entrySet()) {
            if (statusFilter != null && entry.getValue().status() != statusFilter
                    || redriven != null && redriven != entry.getValue().redriveCount() > 0) {
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

    @Override
    public int purgeEndedBefore(java.time.Instant cutoff) {
        return purge(cutoff, execution -> { });
    }

    /** Removes executions that ended before {@code cutoff}, telling {@code onPurge} about each. */
    public synchronized int purge(java.time.Instant cutoff, java.util.function.Consumer<Execution> onPurge) {
        int purged = 0;
        for (var machine : byMachine.values()) {
            for (var it = machine.entrySet().iterator(); it.hasNext();) {
                Execution execution = it.next().getValue();
                if (!execution.isRunning() && execution.stopDate() != null && execution.stopDate().isBefore(cutoff)) {
                    it.remove();
                    byArn.remove(execution.executionArn());
                    onPurge.accept(execution);
                    purged++;
                }
            }
        }
        return purged;
    }

    private static long position(String listing, String token) {
        try {
            return Long.parseLong(PageTokens.decode(listing, token));
        } catch (NumberFormatException e) {
            throw new InvalidPageTokenException(token);
        }
    }
}
