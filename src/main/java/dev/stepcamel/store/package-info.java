/**
 * Where state machines, executions, activities (with their queued tasks) and awaited task tokens
 * are kept: the {@link dev.stepcamel.store.StateMachineStore}, {@link dev.stepcamel.store.ExecutionStore},
 * {@link dev.stepcamel.store.ActivityStore} and {@link dev.stepcamel.store.CallbackStore} contracts a
 * durable store implements, opaque page tokens, and thread-safe in-memory implementations.
 */
package dev.stepcamel.store;
