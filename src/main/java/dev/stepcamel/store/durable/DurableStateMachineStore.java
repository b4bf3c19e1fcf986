package dev.stepcamel.store.durable;

import dev.stepcamel.store.InMemoryStateMachineStore;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StateMachineStore;
import dev.stepcamel.store.StoredStateMachine;
import java.util.Optional;

/**
 * State machines in memory for reading; every change is journaled (each machine's revisions in
 * full, a delete as a tombstone) and acknowledged only once it is committed.
 */
final class DurableStateMachineStore implements StateMachineStore {
    private final InMemoryStateMachineStore memory = new InMemoryStateMachineStore();
    private final Journal journal;
    private final Revisions revisions;

    DurableStateMachineStore(Journal journal, Revisions revisions) {
        this.journal = journal;
        this.revisions = revisions;
    }

    @Override
    public Optional<StoredStateMachine> find(String arn) {
        return memory.find(arn);
    }

    @Override
    public synchronized StoredStateMachine putIfAbsent(StoredStateMachine machine) {
        StoredStateMachine stored = memory.putIfAbsent(machine);
        if (stored == machine) {
            journal(machine);
        }
        return stored;
    }

    @Override
    public synchronized void replace(StoredStateMachine machine) {
        if (memory.find(machine.arn()).isPresent()) {
            memory.replace(machine);
            journal(machine);
        }
    }

    @Override
    public synchronized Optional<StoredStateMachine> delete(String arn) {
        Optional<StoredStateMachine> removed = memory.delete(arn);
        if (removed.isPresent()) {
            journal.append(Records.framed(0, out -> {
                out.writeStringField("t", "D");
                out.writeStringField("arn", arn);
            }));
            awaitCommit();
        }
        return removed;
    }

    @Override
    public Page<StoredStateMachine> list(String nextToken, int maxResults) {
        return memory.list(nextToken, maxResults);
    }

    void restore(StoredStateMachine machine) {
        memory.putIfAbsent(machine);
    }

    private void journal(StoredStateMachine machine) {
        long[] seqs = machine.revisions().stream().mapToLong(r -> revisions.seqOf(r.machine())).toArray();
        journal.append(Records.framed(0, out -> {
            out.writeStringField("t", "M");
            out.writeStringField("arn", machine.arn());
            out.writeNumberField("mc", machine.creationDate().toEpochMilli());
            out.writeArrayFieldStart("revs");
            for (int i = 0; i < seqs.length; i++) {
                StoredStateMachine.Revision revision = machine.revisions().get(i);
                out.writeStartObject();
                out.writeNumberField("q", seqs[i]);
                if (revision.revisionId() != null) {
                    out.writeStringField("id", revision.revisionId());
                }
                out.writeNumberField("u", revision.updateDate().toEpochMilli());
                out.writeEndObject();
            }
            out.writeEndArray();
        }));
        awaitCommit();
    }

    /** A change to a machine is acknowledged once it is durable. */
    private void awaitCommit() {
        journal.awaitCommit();
    }
}
