package dev.stepcamel.store.durable;

import dev.stepcamel.store.ActivityStore;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.InMemoryActivityStore;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredActivity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Activities and their queued tasks in memory for reading. Creating and deleting an activity is
 * journaled and acknowledged once committed; a task of a durable execution is journaled when
 * queued and when a worker takes it, under the execution's key, so that a restart queues again
 * what no worker took. Tasks of executions kept in memory (Express) stay in memory.
 */
final class DurableActivityStore implements ActivityStore {
    private final InMemoryActivityStore memory = new InMemoryActivityStore();
    private final Journal journal;
    private final ToLongFunction<String> keyOfToken;
    private final Map<String, Long> queuedKeys = new ConcurrentHashMap<>();

    /** @param keyOfToken the journal key of the execution waiting on a token, 0 when it is not journaled */
    DurableActivityStore(Journal journal, ToLongFunction<String> keyOfToken) {
        this.journal = journal;
        this.keyOfToken = keyOfToken;
    }

    @Override
    public synchronized StoredActivity putIfAbsent(StoredActivity activity) {
        StoredActivity stored = memory.putIfAbsent(activity);
        if (stored == activity) {
            journal.append(TokenRecords.activityCreated(activity));
            journal.awaitCommit();
        }
        return stored;
    }

    @Override
    public Optional<StoredActivity> find(String arn) {
        return memory.find(arn);
    }

    @Override
    public Page<StoredActivity> list(String nextToken, int maxResults) {
        return memory.list(nextToken, maxResults);
    }

    @Override
    public synchronized boolean delete(String arn) {
        if (!memory.delete(arn)) {
            return false;
        }
        journal.append(TokenRecords.activityDeleted(arn));
        journal.awaitCommit();
        return true;
    }

    @Override
    public void enqueue(String activityArn, ActivityTask task) {
        long key = keyOfToken.applyAsLong(task.token());
        if (key != 0) {
            queuedKeys.put(task.token(), key);
            journal.append(TokenRecords.queued(key, activityArn, task));
        }
        memory.enqueue(activityArn, task);
    }

    @Override
    public Optional<ActivityTask> take(String activityArn) {
        Optional<ActivityTask> task = memory.take(activityArn);
        task.ifPresent(t -> {
            Long key = queuedKeys.remove(t.token());
            if (key != null) {
                journal.append(TokenRecords.taken(key, activityArn, t.token()));
            }
        });
        return task;
    }

    @Override
    public void afterDurable(Runnable action) {
        journal.afterCommit(action);
    }

    /** Puts back the activities and the tasks no worker took whose token is still open. */
    void restore(TokenRecords.Replay replay, Set<String> openTokens) {
        replay.activities.values().forEach(memory::putIfAbsent);
        for (TokenRecords.Queued queued : replay.queued.values()) {
            if (openTokens.contains(queued.task().token()) && memory.find(queued.activityArn()).isPresent()) {
                queuedKeys.put(queued.task().token(), queued.key());
                memory.enqueue(queued.activityArn(), queued.task());
            }
        }
    }
}
