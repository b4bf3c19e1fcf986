package dev.stepcamel.store;

class InMemoryExecutionStoreTest extends ExecutionStoreContract {
    @Override
    ExecutionStore newStore() {
        return new InMemoryExecutionStore();
    }
}
