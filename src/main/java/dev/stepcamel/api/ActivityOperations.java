package dev.stepcamel.api;

import dev.stepcamel.store.ActivityStore;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.InvalidPageTokenException;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredActivity;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Activities and their workers. GetActivityTask is a long poll that holds no thread: a poller
 * waits as a future in the activity's queue of pollers until a task is scheduled (handed to the
 * longest-waiting poller) or the poll timeout answers it with no task. Taking a queued task and
 * queuing a poller happen under the activity's lock, so each task goes to exactly one worker.
 */
final class ActivityOperations {
    private final ActivityStore store;
    private final Arns arns;
    private final Clock clock;
    private final Executor pollTimeout;
    private final ConcurrentHashMap<String, Deque<Poller>> pollers = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, String> delivered = (token, worker) -> { };
    private volatile Predicate<String> awaited = token -> true;

    private record Poller(CompletableFuture<Optional<ActivityTask>> answer, String workerName) {
    }

    ActivityOperations(ActivityStore store, Arns arns, Clock clock, Duration pollTimeout) {
        this.store = store;
        this.arns = arns;
        this.clock = clock;
        this.pollTimeout = CompletableFuture.delayedExecutor(pollTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * @param listener told (token, worker name) each time a worker receives a task
     * @param stillAwaited whether a queued task's token is still awaited (its execution may have ended)
     */
    void onDelivered(BiConsumer<String, String> listener, Predicate<String> stillAwaited) {
        this.delivered = listener;
        this.awaited = stillAwaited;
    }

    /** CreateActivity is idempotent: the same name returns the existing activity. */
    StoredActivity create(String name) {
        Names.require(name);
        return store.putIfAbsent(new StoredActivity(arns.activity(name), name, clock.instant()));
    }

    StoredActivity describe(String arn) {
        Arns.requireActivity(arn);
        return store.find(arn).orElseThrow(() -> Errors.activityDoesNotExist(arn));
    }

    Page<StoredActivity> list(String nextToken, int maxResults) {
        try {
            return store.list(nextToken, maxResults);
        } catch (InvalidPageTokenException e) {
            throw Errors.invalidToken(nextToken);
        }
    }

    /** Deletes the activity; its waiting workers are answered with no task at once. */
    void delete(String arn) {
        Arns.requireActivity(arn);
        store.delete(arn);
        Deque<Poller> waiting = pollers.remove(arn);
        if (waiting != null) {
            List<Poller> answered;
            synchronized (waiting) {
                answered = new ArrayList<>(waiting);
                waiting.clear();
            }
            answered.forEach(p -> p.answer().complete(Optional.empty()));
        }
    }

    boolean exists(String arn) {
        return store.find(arn).isPresent();
    }

    /** Hands the task to a waiting worker, or queues it for the next one to ask. */
    void schedule(String activityArn, String token, String input) {
        if (!awaited.test(token)) {
            return; // its execution ended before the task could be queued
        }
        ActivityTask task = new ActivityTask(token, input);
        Poller poller;
        Deque<Poller> waiting = pollersOf(activityArn);
        synchronized (waiting) {
            poller = waiting.pollFirst();
            if (poller == null) {
                store.enqueue(activityArn, task);
                return;
            }
        }
        deliver(poller, task);
    }

    /** GetActivityTask: a task at once if one is queued, else when one is scheduled or the poll times out. */
    CompletableFuture<Optional<ActivityTask>> poll(String activityArn, String workerName) {
        describe(activityArn);
        Deque<Poller> waiting = pollersOf(activityArn);
        Poller poller = new Poller(new CompletableFuture<>(), workerName);
        synchronized (waiting) {
            Optional<ActivityTask> queued = store.take(activityArn);
            while (queued.isPresent() && !awaited.test(queued.get().token())) {
                queued = store.take(activityArn); // its execution ended while it was queued
            }
            if (queued.isPresent()) {
                deliver(poller, queued.get());
                return poller.answer();
            }
            waiting.addLast(poller);
        }
        pollTimeout.execute(() -> {
            boolean stillWaiting;
            synchronized (waiting) {
                stillWaiting = waiting.remove(poller);
            }
            if (stillWaiting) {
                poller.answer().complete(Optional.empty());
            }
        });
        return poller.answer();
    }

    /** The worker hears of the task once a restart would know it was taken. */
    private void deliver(Poller poller, ActivityTask task) {
        delivered.accept(task.token(), poller.workerName());
        store.afterDurable(() -> poller.answer().complete(Optional.of(task)));
    }

    private Deque<Poller> pollersOf(String activityArn) {
        return pollers.computeIfAbsent(activityArn, arn -> new ArrayDeque<>());
    }
}
