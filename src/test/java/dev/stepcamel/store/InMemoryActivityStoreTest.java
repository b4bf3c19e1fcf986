package dev.stepcamel.store;

class InMemoryActivityStoreTest extends ActivityStoreContract {
    @Override
    ActivityStore newStore() {
        return new InMemoryActivityStore();
    }
}
