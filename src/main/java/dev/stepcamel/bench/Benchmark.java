package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One entry of a benchmark {@code manifest.json}, with its files read: the definition, the input
 * every execution gets and the output every execution must produce.
 *
 * @param transitions states entered per execution
 * @param executions  executions per repetition
 * @param concurrency executions in flight at once ({@code batch} only)
 */
record Benchmark(String name, String definition, String input, JsonNode expected, long transitions, Kind kind,
        int executions, int concurrency) {

    /** batch: {@code executions} run with {@code concurrency} in flight; park: all started, then awaited. */
    enum Kind { BATCH, PARK }

    /** Reads every benchmark of {@code dir/manifest.json}, in manifest order. */
    static List<Benchmark> readManifest(Path dir) throws IOException {
        JsonNode manifest = Json.parse(Files.readString(dir.resolve("manifest.json")));
        List<Benchmark> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.path("benchmarks").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            all.add(read(dir, entry.getKey(), entry.getValue()));
        }
        return all;
    }

    private static Benchmark read(Path dir, String name, JsonNode spec) throws IOException {
        return new Benchmark(name,
                Files.readString(dir.resolve(required(name, spec, "definition").asText())),
                Files.readString(dir.resolve(required(name, spec, "input").asText())),
                Json.parse(Files.readString(dir.resolve(required(name, spec, "expected").asText()))),
                required(name, spec, "transitions").asLong(),
                Kind.valueOf(required(name, spec, "kind").asText().toUpperCase(java.util.Locale.ROOT)),
                required(name, spec, "executions").asInt(),
                Math.max(1, spec.path("concurrency").asInt(1)));
    }

    private static JsonNode required(String name, JsonNode spec, String field) {
        JsonNode value = spec.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("manifest: benchmark " + name + " has no " + field);
        }
        return value;
    }
}
