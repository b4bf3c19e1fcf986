package dev.stepcamel.store.durable;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.store.ExecutionStore;
import dev.stepcamel.store.InMemoryExecutionStore;
import dev.stepcamel.store.Page;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Executions in memory for reading, each with a {@link DurableLog} in the journal: a start is
 * journaled before the execution runs, and everything it records follows under its key.
 */
final class DurableExecutionStore implements ExecutionStore {
    private final InMemoryExecutionStore memory = new InMemoryExecutionStore();
    private final Journal journal;
    private final Revisions revisions;
    private final AtomicLong keys;
    private final java.util.Set<Long> purged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicLong deadBytes = new AtomicLong();

    DurableExecutionStore(Journal journal, Revisions revisions, long lastKey) {
        this.journal = journal;
        this.revisions = revisions;
        this.keys = new AtomicLong(lastKey);
    }

    @Override
    public synchronized Execution putIfAbsent(Execution execution) {
        Optional<Execution> existing = memory.find(execution.executionArn());
        if (existing.isPresent()) {
            return existing.get();
        }
        long machine = revisions.seqOf(execution.machine());
        long key = keys.incrementAndGet();
        journal.append(Records.framed(key, out -> {
            out.writeStringField("t", "S");
            out.writeStringField("arn", execution.executionArn());
            out.writeStringField("name", execution.name());
            out.writeNumberField("q", machine);
            out.writeStringField("in", execution.input());
            out.writeNumberField("ts", execution.startDate().toEpochMilli());
            if (execution.traceHeader() != null) {
                out.writeStringField("th", execution.traceHeader());
            }
        }));
        execution.attachLog(new DurableLog(journal, key));
        return memory.putIfAbsent(execution);
    }

    /** The journal key of a Standard execution, 0 for one that is not journaled (Express, or unknown). */
    long keyOf(String executionArn) {
        return memory.find(executionArn).map(e -> e.log() instanceof DurableLog log ? log.key() : 0L).orElse(0L);
    }

    /** Puts back an execution read from the journal (in start order, so listings keep their order). */
    void restore(Execution execution) {
        memory.putIfAbsent(execution);
    }

    long deadBytes() {
        return deadBytes.get();
    }

    long highestKey() {
        return keys.get();
    }

    /** The executions purged since the last call, now forgotten here (a compaction drops them). */
    synchronized java.util.Set<Long> takePurged() {
        java.util.Set<Long> taken = java.util.Set.copyOf(purged);
        purged.removeAll(taken);
        deadBytes.set(0);
        return taken;
    }

    @Override
    public Optional<Execution> find(String executionArn) {
        return memory.find(executionArn);
    }

    @Override
    public Page<Execution> list(String stateMachineArn, ExecutionStatus statusFilter, Boolean redriven,
            String nextToken, int maxResults) {
        return memory.list(stateMachineArn, statusFilter, redriven, nextToken, maxResults);
    }

    @Override
    public int purgeEndedBefore(Instant cutoff) {
        return memory.purge(cutoff, execution -> {
            if (execution.log() instanceof DurableLog log) {
                journal.append(Records.framed(log.key(), out -> out.writeStringField("t", "P")));
                purged.add(log.key());
                deadBytes.addAndGet(log.bytes());
            }
        });
    }
}
