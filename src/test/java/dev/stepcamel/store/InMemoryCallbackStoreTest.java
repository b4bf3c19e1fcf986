package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryCallbackStoreTest extends CallbackStoreContract {
    @Override
    CallbackStore newStore() {
        return new InMemoryCallbackStore();
    }

    @Test
    void onlyTheMostRecentlyClosedTokensAreRemembered() {
        CallbackStore store = new InMemoryCallbackStore(2);
        for (String token : new String[] {"a", "b", "c"}) {
            store.open(open(token, EXECUTION, T0));
            store.close(token);
        }

        assertThat(store.find("a")).isEmpty();
        assertThat(store.find("b")).isPresent();
        assertThat(store.find("c")).isPresent();
    }
}
