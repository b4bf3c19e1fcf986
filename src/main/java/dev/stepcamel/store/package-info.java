/**
 * Where state machines and executions are kept: the {@link dev.stepcamel.store.StateMachineStore} and
 * {@link dev.stepcamel.store.ExecutionStore} contracts a durable store implements, opaque page tokens,
 * and thread-safe in-memory implementations.
 */
package dev.stepcamel.store;
