package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {
    private static final Benchmark LOOP = new Benchmark("loop", "{}", "{}", NullNode.getInstance(), 10,
            Benchmark.Kind.BATCH, 2, 1);

    private static RepResult rep(long wallMillis, List<String> failures) {
        return new RepResult(wallMillis * 1_000_000, new long[] {1_000_000, 3_000_000}, failures, 64L << 20, 40);
    }

    private static String print(Outcome... outcomes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(outcomes));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rowShowsMinMedianMaxOfEachMeasure() {
        String table = print(new Outcome(LOOP, List.of(rep(100, List.of()), rep(200, List.of()), rep(400, List.of())),
                List.of()));

        assertThat(table).contains("loop", "ok", "50/100/200", "5.0/10.0/20.0", "1.00/1.00/1.00", "3.00/3.00/3.00",
                "64/64/64", "40/40/40");
    }

    @Test
    void wrongOutputsFailTheBenchmarkAndAreListed() {
        String table = print(new Outcome(LOOP, List.of(rep(100, List.of("e7: output {} differs"))),
                List.of("warm-up e1: status FAILED")));

        assertThat(table).contains("FAILED (2 wrong)", "loop FAILED:", "warm-up e1: status FAILED",
                "e7: output {} differs");
    }

    @Test
    void aBenchmarkThatCouldNotRunHasNoMeasures() {
        String table = print(Outcome.notRun(LOOP, "loop: Invalid State Machine Definition"));

        assertThat(table).contains("FAILED (not run)", "loop: Invalid State Machine Definition");
        assertThat(table.lines().filter(l -> l.startsWith("loop ")).findFirst().orElseThrow()).contains(" -  ");
    }
}
