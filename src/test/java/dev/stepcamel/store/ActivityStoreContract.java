package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ActivityStore} must do; each store's test extends this. */
abstract class ActivityStoreContract {
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final String PREFIX = "arn:aws:states:us-east-1:123456789012:activity:";

    abstract ActivityStore newStore();

    static StoredActivity activity(String name) {
        return new StoredActivity(PREFIX + name, name, T0);
    }

    @Test
    void putIfAbsentKeepsTheFirstActivityWithAnArn() {
        ActivityStore store = newStore();
        StoredActivity first = activity("a");

        assertThat(store.putIfAbsent(first)).isSameAs(first);
        assertThat(store.putIfAbsent(new StoredActivity(first.arn(), "a", T0.plusSeconds(9)))).isEqualTo(first);
        assertThat(store.find(first.arn())).contains(first);
    }

    @Test
    void listPagesInArnOrderAndRefusesForeignTokens() {
        ActivityStore store = newStore();
        List.of("c", "a", "b").forEach(n -> store.putIfAbsent(activity(n)));

        Page<StoredActivity> first = store.list(null, 2);
        Page<StoredActivity> second = store.list(first.nextToken(), 2);

        assertThat(first.items()).extracting(StoredActivity::name).containsExactly("a", "b");
        assertThat(second.items()).extracting(StoredActivity::name).containsExactly("c");
        assertThat(second.nextToken()).isNull();
        assertThatThrownBy(() -> store.list(PageTokens.encode("machines", "x"), 2))
                .isInstanceOf(InvalidPageTokenException.class);
    }

    @Test
    void queuedTasksAreTakenOldestFirstAndOnlyOnce() {
        ActivityStore store = newStore();
        store.putIfAbsent(activity("a"));
        store.enqueue(PREFIX + "a", new ActivityTask("t1", "{}"));
        store.enqueue(PREFIX + "a", new ActivityTask("t2", "{\"n\":2}"));

        assertThat(store.take(PREFIX + "a")).contains(new ActivityTask("t1", "{}"));
        assertThat(store.take(PREFIX + "a")).contains(new ActivityTask("t2", "{\"n\":2}"));
        assertThat(store.take(PREFIX + "a")).isEmpty();
        assertThat(store.take(PREFIX + "other")).isEmpty();
    }

    @Test
    void deleteRemovesTheActivityAndItsQueuedTasks() {
        ActivityStore store = newStore();
        store.putIfAbsent(activity("a"));
        store.enqueue(PREFIX + "a", new ActivityTask("t1", "{}"));

        assertThat(store.delete(PREFIX + "a")).isTrue();
        assertThat(store.delete(PREFIX + "a")).isFalse();
        assertThat(store.find(PREFIX + "a")).isEmpty();
        assertThat(store.take(PREFIX + "a")).isEmpty();
    }

    @Test
    void concurrentTakersNeverShareATask() throws Exception {
        ActivityStore store = newStore();
        store.putIfAbsent(activity("a"));
        int tasks = 2000;
        for (int i = 0; i < tasks; i++) {
            store.enqueue(PREFIX + "a", new ActivityTask("t" + i, "{}"));
        }
        Set<String> taken = Collections.synchronizedSet(new HashSet<>());
        java.util.concurrent.atomic.AtomicInteger duplicates = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            pool.execute(() -> {
                var task = store.take(PREFIX + "a");
                while (task.isPresent()) {
                    if (!taken.add(task.get().token())) {
                        duplicates.incrementAndGet();
                    }
                    task = store.take(PREFIX + "a");
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(duplicates).hasValue(0);
        assertThat(taken).hasSize(tasks);
    }
}
