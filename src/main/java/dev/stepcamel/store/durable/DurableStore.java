package dev.stepcamel.store.durable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ResumePoint;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.FrameFold;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.store.ActivityStore;
import dev.stepcamel.store.CallbackStore;
import dev.stepcamel.store.ExecutionStore;
import dev.stepcamel.store.StateMachineStore;
import dev.stepcamel.store.StoredStateMachine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * The embedded, file-backed store: state machines, Standard executions (with their history
 * and checkpoints), their task tokens, and activities with their queued tasks, in a
 * group-committed journal under one data directory. Opening it reads the
 * journal back: ended executions as they ended, running ones with where each frame resumes.
 */
public final class DurableStore implements AutoCloseable {
    /** Segments roll over at this size. */
    static final long SEGMENT_BYTES = 64L << 20;

    /** A running execution read back from the journal, and where each of its frames resumes. */
    public record Recovered(Execution execution, Map<String, ResumePoint> resumePoints) {
    }

    private final Journal journal;
    private final DurableStateMachineStore machines;
    private final DurableExecutionStore executions;
    private final List<Recovered> running;
    private final DurableCallbackStore callbacks;
    private final DurableActivityStore activities;

    private DurableStore(Journal journal, DurableStateMachineStore machines, DurableExecutionStore executions,
            List<Recovered> running) {
        this.journal = journal;
        this.machines = machines;
        this.executions = executions;
        this.running = running;
        this.callbacks = new DurableCallbackStore(journal, executions::keyOf);
        this.activities = new DurableActivityStore(journal, callbacks::keyOfToken);
    }

    /** Opens (or creates) the store in {@code dir}; commit waiters run on {@code waiters}. */
    public static DurableStore open(Path dir, Executor waiters) throws IOException {
        return open(dir, SEGMENT_BYTES, waiters);
    }

    static DurableStore open(Path dir, long segmentBytes, Executor waiters) throws IOException {
        Replay replay = new Replay();
        Journal journal = Journal.open(dir.resolve("journal"), segmentBytes, waiters, replay::visit);
        Revisions revisions = new Revisions(journal);
        replay.revisionRecords.forEach(revisions::restore);
        DurableStateMachineStore machines = new DurableStateMachineStore(journal, revisions);
        for (JsonNode record : replay.machineRecords.values()) {
            machines.restore(machine(record, revisions));
        }
        DurableExecutionStore executions = new DurableExecutionStore(journal, revisions, replay.lastKey);
        List<Recovered> running = new ArrayList<>();
        for (Map.Entry<Long, Replay.ExecutionRecord> entry : replay.executions.entrySet()) {
            Replay.ExecutionRecord r = entry.getValue();
            Execution execution = Execution.restore(r.arn, r.name, revisions.bySeq(r.machineSeq), r.input, r.start,
                    r.trace, r.events, r.status, r.stopDate, r.output, r.error, r.cause,
                    new DurableLog(journal, entry.getKey(), r.bytes));
            execution.restoreRedrives(r.frames, r.redrives, r.redriveDate);
            executions.restore(execution);
            if (r.status == ExecutionStatus.RUNNING) {
                running.add(new Recovered(execution, r.frames.points()));
            }
        }
        DurableStore store = new DurableStore(journal, machines, executions, List.copyOf(running));
        java.util.Set<String> runningArns = new java.util.HashSet<>();
        running.forEach(r -> runningArns.add(r.execution().executionArn()));
        store.callbacks.restore(replay.tokens, runningArns);
        java.util.Set<String> openTokens = new java.util.HashSet<>();
        replay.tokens.tokens.values().stream().filter(t -> !t.closed && runningArns.contains(t.callback.executionArn()))
                .forEach(t -> openTokens.add(t.callback.token()));
        store.activities.restore(replay.tokens, openTokens);
        return store;
    }

    private static StoredStateMachine machine(JsonNode record, Revisions revisions) {
        List<StoredStateMachine.Revision> list = new ArrayList<>();
        for (JsonNode rev : record.get("revs")) {
            list.add(new StoredStateMachine.Revision(revisions.bySeq(rev.get("q").asLong()), Records.text(rev, "id"),
                    Instant.ofEpochMilli(rev.get("u").asLong())));
        }
        return new StoredStateMachine(list, Instant.ofEpochMilli(record.get("mc").asLong()));
    }

    public StateMachineStore machines() {
        return machines;
    }

    public ExecutionStore executions() {
        return executions;
    }

    /** Task tokens: those of Standard executions are journaled and survive a restart. */
    public CallbackStore callbacks() {
        return callbacks;
    }

    /** Activities, and the tasks queued for them by Standard executions, journaled. */
    public ActivityStore activities() {
        return activities;
    }

    /** The executions that were running when the store was last closed or the process died. */
    public List<Recovered> running() {
        return running;
    }

    /** The machine versions to deploy again: every machine's current one, and those running executions use. */
    public Collection<DeployedMachine> versionsToDeploy() {
        Map<String, DeployedMachine> versions = new LinkedHashMap<>();
        String token = null;
        do {
            var page = machines.list(token, 1000);
            page.items().forEach(m -> versions.put(m.current().machine().routeKey(), m.current().machine()));
            token = page.nextToken();
        } while (token != null);
        running.forEach(r -> versions.put(r.execution().machine().routeKey(), r.execution().machine()));
        return versions.values();
    }

    /**
     * Rewrites the sealed journal segments without the executions purged since the last time,
     * when those make up at least half of them; returns the bytes saved.
     */
    public long compactIfWorthIt() throws IOException {
        long dead = executions.deadBytes();
        if (dead == 0 || dead * 2 < journal.sealedBytes()) {
            return 0;
        }
        java.util.Set<Long> purged = executions.takePurged();
        return journal.compact(key -> !purged.contains(key), executions.highestKey());
    }

    /** Fdatasyncs so far: with group commit, far fewer than records. */
    public long commits() {
        return journal.commits();
    }

    public long bytesWritten() {
        return journal.bytesWritten();
    }

    @Override
    public void close() {
        journal.close();
    }

    /** The journal's records folded into machines and executions, in journal order. */
    private static final class Replay {
        final List<JsonNode> revisionRecords = new ArrayList<>();
        final Map<String, JsonNode> machineRecords = new TreeMap<>();
        final Map<Long, ExecutionRecord> executions = new TreeMap<>();
        final TokenRecords.Replay tokens = new TokenRecords.Replay();
        long lastKey;

        static final class ExecutionRecord {
            String arn;
            String name;
            long machineSeq;
            String input;
            Instant start;
            String trace;
            final List<HistoryEvent> events = new ArrayList<>();
            final FrameFold frames = new FrameFold();
            int redrives;
            Instant redriveDate;
            ExecutionStatus status = ExecutionStatus.RUNNING;
            Instant stopDate;
            String output;
            String error;
            String cause;
            long bytes;
        }

        void visit(long key, byte[] payload) {
            JsonNode record = Records.decode(payload);
            String type = record.get("t").asText();
            lastKey = Math.max(lastKey, key);
            ExecutionRecord owner = key == 0 ? null : executions.get(key);
            if (owner != null) {
                owner.bytes += Journal.HEADER + payload.length;
            }
            switch (type) {
                case "R" -> revisionRecords.add(record);
                case "M" -> machineRecords.put(record.get("arn").asText(), record);
                case "D" -> machineRecords.remove(record.get("arn").asText());
                case "S" -> {
                    ExecutionRecord r = new ExecutionRecord();
                    r.arn = record.get("arn").asText();
                    r.name = record.get("name").asText();
                    r.machineSeq = record.get("q").asLong();
                    r.input = record.get("in").asText();
                    r.start = Instant.ofEpochMilli(record.get("ts").asLong());
                    r.trace = Records.text(record, "th");
                    executions.put(key, r);
                }
                case "P" -> {
                    executions.remove(key);
                    tokens.purge(key);
                }
                case "K" -> { } // the highest execution key before a compaction: lastKey has it
                case "E" -> events(executions.get(key), record);
                default -> {
                    if (!TokenRecords.isTokenRecord(type)) {
                        throw new IllegalStateException("unknown journal record type '" + type + "'");
                    }
                    tokens.visit(key, type, record);
                }
            }
        }

        private static void events(ExecutionRecord r, JsonNode record) {
            if (r == null) {
                return; // an execution purged (and compacted away) before this entry was read
            }
            HistoryEvent last = null;
            JsonNode events = record.get("ev");
            if (events != null) {
                for (JsonNode node : events) {
                    last = Records.event(node);
                    r.events.add(last);
                }
            }
            JsonNode cp = record.get("cp");
            if (cp == null) {
                return;
            }
            Checkpoint checkpoint = Records.checkpoint(cp, last);
            r.frames.apply(checkpoint, last);
            if (checkpoint.kind() == Checkpoint.Kind.END) {
                r.status = ExecutionStatus.valueOf(checkpoint.state());
                r.stopDate = checkpoint.due();
                r.output = checkpoint.data() == null ? null : checkpoint.data().asText();
                r.error = checkpoint.error();
                r.cause = checkpoint.cause();
            } else if (checkpoint.kind() == Checkpoint.Kind.REDRIVEN) {
                r.status = ExecutionStatus.RUNNING;
                r.stopDate = null;
                r.output = null;
                r.error = null;
                r.cause = null;
                r.redrives++;
                r.redriveDate = checkpoint.due();
            }
        }
    }
}
