package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.data.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void manifestEntriesAreReadInOrderWithTheirFiles() throws Exception {
        Files.writeString(dir.resolve("w.asl.json"), "{\"StartAt\":\"A\"}");
        Files.writeString(dir.resolve("w.input.json"), "{\"i\":1}");
        Files.writeString(dir.resolve("w.expected.json"), "{\"o\":2}");
        Files.writeString(dir.resolve("manifest.json"), """
                {"benchmarks": {
                  "zeta": {"definition": "w.asl.json", "input": "w.input.json", "expected": "w.expected.json",
                           "transitions": 7, "kind": "park", "executions": 100, "concurrency": 100},
                  "alpha": {"definition": "w.asl.json", "input": "w.input.json", "expected": "w.expected.json",
                            "transitions": 3, "kind": "batch", "executions": 5}}}""");

        List<Benchmark> all = Benchmark.readManifest(dir);

        assertThat(all).extracting(Benchmark::name).containsExactly("zeta", "alpha");
        assertThat(all.get(0)).isEqualTo(new Benchmark("zeta", "{\"StartAt\":\"A\"}", "{\"i\":1}",
                Json.parse("{\"o\":2}"), 7, Benchmark.Kind.PARK, 100, 100));
        assertThat(all.get(1).concurrency()).isEqualTo(1);
    }

    @Test
    void aMissingFieldNamesTheBenchmark() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"benchmarks\": {\"broken\": {\"kind\": \"batch\"}}}");

        assertThatThrownBy(() -> Benchmark.readManifest(dir)).hasMessageContaining("broken has no definition");
    }
}
