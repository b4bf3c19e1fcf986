package dev.stepcamel.store;

/** A scheduled activity task waiting for a worker: its token and the JSON input the worker gets. */
public record ActivityTask(String token, String input) {
}
