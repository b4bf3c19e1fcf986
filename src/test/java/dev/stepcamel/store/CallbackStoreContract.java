package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link CallbackStore} must do; each store's test extends this. */
abstract class CallbackStoreContract {
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final String EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:m:e";

    abstract CallbackStore newStore();

    static PendingCallback open(String token, String execution, Instant at) {
        return new PendingCallback(token, execution, "Wait for it", at, true);
    }

    @Test
    void anOpenedTokenIsFoundOpenAndUnknownTokensAreNot() {
        CallbackStore store = newStore();
        store.open(open("t1", EXECUTION, T0));

        assertThat(store.find("t1")).contains(open("t1", EXECUTION, T0));
        assertThat(store.find("t2")).isEmpty();
    }

    @Test
    void closingSucceedsOnceAndTheClosedTokenIsRemembered() {
        CallbackStore store = newStore();
        store.open(open("t1", EXECUTION, T0));

        assertThat(store.close("t1")).isTrue();
        assertThat(store.close("t1")).isFalse();
        assertThat(store.close("never-opened")).isFalse();
        assertThat(store.find("t1")).hasValueSatisfying(c -> assertThat(c.open()).isFalse());
    }

    @Test
    void aTokenCannotBeOpenedTwice() {
        CallbackStore store = newStore();
        store.open(open("t1", EXECUTION, T0));

        assertThatThrownBy(() -> store.open(open("t1", EXECUTION, T0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openOfListsAnExecutionsOpenTokensOldestFirst() {
        CallbackStore store = newStore();
        store.open(open("late", EXECUTION, T0.plusSeconds(5)));
        store.open(open("early", EXECUTION, T0));
        store.open(open("closed", EXECUTION, T0.plusSeconds(1)));
        store.open(open("other", EXECUTION + "2", T0));
        store.close("closed");

        assertThat(store.openOf(EXECUTION)).extracting(PendingCallback::token).containsExactly("early", "late");
    }

    @Test
    void concurrentClosersHaveExactlyOneWinner() throws Exception {
        CallbackStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                String token = "race-" + round;
                store.open(open(token, EXECUTION, T0));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> closers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    closers.add(pool.submit(() -> {
                        go.await();
                        return store.close(token);
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> closer : closers) {
                    winners += closer.get(5, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
