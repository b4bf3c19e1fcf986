package dev.stepcamel.compile;

/** What the compiler needs from the running system besides the definition. */
public record CompileSettings(RuntimeServices services, TaskResolver tasks, int mapConcurrencyCeiling) {
}
