package dev.stepcamel.store;

class InMemoryCallbackStoreTest extends CallbackStoreContract {
    @Override
    CallbackStore newStore() {
        return new InMemoryCallbackStore();
    }
}
