package dev.stepcamel.store.durable;

import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.runtime.ExecutionLog;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.List;

/** One execution's entries in the journal, under the execution's key. */
final class DurableLog implements ExecutionLog {
    private final Journal journal;
    private final long key;
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

    DurableLog(Journal journal, long key) {
        this(journal, key, 0);
    }

    /** @param written bytes the execution's records already take in the journal */
    DurableLog(Journal journal, long key, long written) {
        this.journal = journal;
        this.key = key;
        this.bytes.set(written);
    }

    long key() {
        return key;
    }

    /** Bytes the execution's records take in the journal: what purging it frees. */
    long bytes() {
        return bytes.get();
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public void append(List<HistoryEvent> events, Checkpoint checkpoint) {
        if (events.isEmpty() && checkpoint == null) {
            return;
        }
        byte[] record = Records.framed(key, out -> Records.events(out, events, checkpoint));
        bytes.addAndGet(record.length);
        journal.append(record);
    }

    @Override
    public void afterCommit(Runnable action) {
        journal.afterCommit(action);
    }
}
