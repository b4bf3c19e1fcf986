/**
 * The embedded, file-backed store: an append-only journal in a data directory, written by one
 * thread with group commit, holding state machines, Standard executions, their history and the
 * checkpoints that let a restarted runtime resume each execution where it stood. Opening it reads
 * the journal back into the in-memory model the API serves from; {@link
 * dev.stepcamel.store.durable.DurableStore} is the entry point.
 */
package dev.stepcamel.store.durable;
