package dev.stepcamel.compile;

/**
 * What the compiler needs from the running system besides the definition: time and threads,
 * how Task resources reach endpoints, the Map concurrency ceiling, and where tasks that wait for
 * a callback or an activity worker park.
 */
public record CompileSettings(RuntimeServices services, TaskResolver tasks, int mapConcurrencyCeiling,
        TaskCallbacks callbacks) {

    /** Without callbacks: {@code .waitForTaskToken} and activity Tasks fail with States.Runtime. */
    public CompileSettings(RuntimeServices services, TaskResolver tasks, int mapConcurrencyCeiling) {
        this(services, tasks, mapConcurrencyCeiling, TaskCallbacks.NONE);
    }
}
