package dev.stepcamel.store;

class InMemoryStateMachineStoreTest extends StateMachineStoreContract {
    @Override
    StateMachineStore newStore() {
        return new InMemoryStateMachineStore();
    }
}
