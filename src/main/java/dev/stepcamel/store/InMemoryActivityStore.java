package dev.stepcamel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Activities in a sorted concurrent map and one lock-free queue of tasks per activity. */
public final class InMemoryActivityStore implements ActivityStore {
    private static final String LISTING = "activities";

    private final ConcurrentNavigableMap<String, StoredActivity> byArn = new ConcurrentSkipListMap<>();
    private final ConcurrentMap<String, Queue<ActivityTask>> queues = new ConcurrentHashMap<>();

    @Override
    public StoredActivity putIfAbsent(StoredActivity activity) {
        StoredActivity existing = byArn.putIfAbsent(activity.arn(), activity);
        return existing == null ? activity : existing;
    }

    @Override
    public Optional<StoredActivity> find(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    @Override
    public Page<StoredActivity> list(String nextToken, int maxResults) {
        var rest = nextToken == null ? byArn : byArn.tailMap(PageTokens.decode(LISTING, nextToken), false);
        List<StoredActivity> items = new ArrayList<>();
        for (StoredActivity activity : rest.values()) {
            if (items.size() == maxResults) {
                return new Page<>(items, PageTokens.encode(LISTING, items.get(items.size() - 1).arn()));
            }
            items.add(activity);
        }
        return new Page<>(items, null);
    }

    @Override
    public boolean delete(String arn) {
        queues.remove(arn);
        return byArn.remove(arn) != null;
    }

    @Override
    public void enqueue(String activityArn, ActivityTask task) {
        queues.computeIfAbsent(activityArn, arn -> new ConcurrentLinkedQueue<>()).add(task);
    }

    @Override
    public Optional<ActivityTask> take(String activityArn) {
        Queue<ActivityTask> queue = queues.get(activityArn);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
    }
}
