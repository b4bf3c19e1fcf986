package dev.stepcamel.runtime;

import dev.stepcamel.compile.Checkpoint;
import java.util.List;

/**
 * Where a Standard execution's history events and checkpoints go so that they survive a crash.
 * A durable store implements it with group commits: {@link #append} only queues, and
 * {@link #afterCommit} runs its action once everything queued before it is on disk.
 */
public interface ExecutionLog {
    /** The log of executions kept only in memory: nothing is written, every commit is immediate. */
    ExecutionLog NONE = new ExecutionLog() {
        @Override
        public boolean isDurable() {
            return false;
        }

        @Override
        public void append(List<HistoryEvent> events, Checkpoint checkpoint) {
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    };

    boolean isDurable();

    /**
     * Queues {@code events} and then {@code checkpoint} (either may be empty or {@code null}) as
     * one entry: after a crash all of it is there or none. Called with the history locked, so
     * entries reach the log in the order of the history.
     */
    void append(List<HistoryEvent> events, Checkpoint checkpoint);

    /** Runs {@code action} (on any thread; it must be quick) once everything appended so far is durable. */
    void afterCommit(Runnable action);
}
