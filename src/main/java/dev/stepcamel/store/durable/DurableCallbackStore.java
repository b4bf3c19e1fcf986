package dev.stepcamel.store.durable;

import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.TokenAnswer;
import dev.stepcamel.compile.TokenPlace;
import dev.stepcamel.store.CallbackStore;
import dev.stepcamel.store.InMemoryCallbackStore;
import dev.stepcamel.store.PendingCallback;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Task tokens in memory for reading; the tokens of durable executions are journaled under their
 * execution's key (opened with where the Task waits and its deadlines, sent, heartbeats, closed
 * with the answer). Opening the store reads them back: open tokens accept answers again, and a
 * resumed Task finds its token with {@link #recovered}. Tokens of executions kept in memory
 * (Express) stay in memory.
 */
final class DurableCallbackStore implements CallbackStore {
    private final InMemoryCallbackStore memory = new InMemoryCallbackStore();
    private final Journal journal;
    private final ToLongFunction<String> keyOfExecution;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final Map<String, RecoveredToken> recovered = new ConcurrentHashMap<>();
    // Tokens read back open whose Task has not parked again yet, and the answers they got meanwhile.
    private final Set<String> unattached = ConcurrentHashMap.newKeySet();
    private final Map<String, TokenAnswer> answersSinceRecovery = new ConcurrentHashMap<>();

    /** An open token of a durable execution: its execution's key and its HeartbeatSeconds. */
    private record Live(long key, long heartbeatMillis) {
    }

    /** @param keyOfExecution an execution's journal key, 0 when it is not journaled */
    DurableCallbackStore(Journal journal, ToLongFunction<String> keyOfExecution) {
        this.journal = journal;
        this.keyOfExecution = keyOfExecution;
    }

    @Override
    public void open(PendingCallback callback) {
        open(callback, null);
    }

    @Override
    public void open(PendingCallback callback, TokenPlace place) {
        memory.open(callback);
        long key = place == null ? 0 : keyOfExecution.applyAsLong(callback.executionArn());
        if (key != 0) {
            live.put(callback.token(), new Live(key, place.heartbeatMillis()));
            journal.append(TokenRecords.opened(key, callback, place));
        }
    }

    @Override
    public Optional<PendingCallback> find(String token) {
        return memory.find(token);
    }

    @Override
    public boolean close(String token) {
        return close(token, null);
    }

    @Override
    public boolean close(String token, TokenAnswer answer) {
        if (unattached.contains(token)) {
            synchronized (unattached) {
                if (!memory.close(token)) {
                    return false;
                }
                if (unattached.remove(token) && answer != null) {
                    answersSinceRecovery.put(token, answer);
                }
            }
        } else if (!memory.close(token)) {
            return false;
        }
        Live closed = live.remove(token);
        if (closed != null) {
            journal.append(TokenRecords.closed(closed.key(), token, answer));
        }
        return true;
    }

    @Override
    public void submitted(String token) {
        Live open = live.get(token);
        if (open != null) {
            journal.append(TokenRecords.submitted(open.key(), token));
        }
    }

    @Override
    public void beat(String token, Instant at) {
        Live open = live.get(token);
        if (open != null && open.heartbeatMillis() > 0) {
            journal.append(TokenRecords.beat(open.key(), token, at.plusMillis(open.heartbeatMillis())));
        }
    }

    @Override
    public Optional<RecoveredToken> recovered(String executionArn, TokenPlace place) {
        return Optional.ofNullable(recovered.remove(executionArn + "|" + place.key()));
    }

    @Override
    public Optional<TokenAnswer> answerSinceRecovery(String token) {
        synchronized (unattached) {
            unattached.remove(token);
            return Optional.ofNullable(answersSinceRecovery.remove(token));
        }
    }

    @Override
    public void flush() {
        journal.awaitCommit();
    }

    @Override
    public List<PendingCallback> openOf(String executionArn) {
        return memory.openOf(executionArn);
    }

    /** The execution key of an open token of a durable execution; 0 for any other token. */
    long keyOfToken(String token) {
        Live open = live.get(token);
        return open == null ? 0 : open.key();
    }

    /**
     * Puts back the tokens read from the journal, in journal order; those of {@code running}
     * executions (by ARN) wait for their resumed Task's {@link #recovered} call.
     */
    void restore(TokenRecords.Replay replay, Set<String> running) {
        for (TokenRecords.Token t : replay.tokens.values()) {
            String arn = t.callback.executionArn();
            boolean resumes = running.contains(arn);
            memory.open(t.callback);
            if (resumes && !t.closed && !t.submitted) {
                // Whether its request went out is unknown: its Task fails as interrupted, for Retry, and
                // an answer to it is refused from now on (a restart must not race an answer against that).
                journal.append(TokenRecords.closed(t.key, t.callback.token(), null));
                t.closed = true;
            }
            if (t.closed || !resumes) { // a token of an ended execution is remembered as closed
                memory.close(t.callback.token());
            } else {
                live.put(t.callback.token(), new Live(t.key, t.place.heartbeatMillis()));
                unattached.add(t.callback.token());
            }
            if (resumes) {
                recovered.put(arn + "|" + t.place.key(), new RecoveredToken(t.callback.token(), t.submitted,
                        t.place.timeoutDue(), t.heartbeatDue, t.answer));
            }
        }
    }
}
