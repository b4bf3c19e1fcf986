package dev.stepcamel.store.durable;

import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.runtime.ExecutionLog;
import dev.stepcamel.runtime.HistoryEvent;
import java.util.List;

/** One execution's entries in the journal, under the execution's key. */
final class DurableLog implements ExecutionLog {
    private final Journal journal;
    private final long key;

    DurableLog(Journal journal, long key) {
        this.journal = journal;
        this.key = key;
    }

    long key() {
        return key;
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
        journal.append(Journal.frame(key, Records.encode(out -> Records.events(out, events, checkpoint))));
    }

    @Override
    public void afterCommit(Runnable action) {
        journal.afterCommit(action);
    }
}
