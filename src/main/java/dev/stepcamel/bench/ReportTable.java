package dev.stepcamel.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Prints outcomes as a fixed-width table, each measure as min/median/max over the repetitions. */
final class ReportTable {
    private static final double MB = 1024.0 * 1024.0;

    /** A column: its heading and how a row's cell is made. */
    private record Column(String heading, Function<Outcome, String> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("benchmark", o -> o.benchmark().name()),
            new Column("result", ReportTable::result),
            new Column("transitions/s", measure(o -> o.spread(r -> r.transitionsPerSecond(o.benchmark().transitions())),
                    "%.0f")),
            new Column("executions/s", measure(o -> o.spread(RepResult::executionsPerSecond), "%.1f")),
            new Column("p50 ms", measure(o -> o.spread(r -> r.latencyMillis(0.50)), "%.2f")),
            new Column("p99 ms", measure(o -> o.spread(r -> r.latencyMillis(0.99)), "%.2f")),
            new Column("peak heap MB", measure(o -> o.spread(r -> r.peakHeapBytes() / MB), "%.0f")),
            new Column("peak threads", measure(o -> o.spread(RepResult::peakThreads), "%.0f")));

    private ReportTable() {
    }

    static void print(PrintStream out, List<Outcome> outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(Column::heading).toArray(String[]::new));
        for (Outcome outcome : outcomes) {
            rows.add(COLUMNS.stream().map(c -> c.cell().apply(outcome)).toArray(String[]::new));
        }
        int[] widths = new int[COLUMNS.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println("(each measure: min/median/max over the repetitions)");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        outcomes.stream().filter(Outcome::failed).forEach(o -> printFailures(out, o));
    }

    private static String result(Outcome outcome) {
        if (!outcome.ran()) {
            return "FAILED (not run)";
        }
        return outcome.failed() ? "FAILED (" + outcome.problems().count() + " wrong)" : "ok";
    }

    /** A measured column: "-" for a benchmark that did not run. */
    private static Function<Outcome, String> measure(Function<Outcome, Spread> spread, String format) {
        return o -> o.ran() ? spread.apply(o).format(format) : "-";
    }

    private static void printFailures(PrintStream out, Outcome outcome) {
        out.println();
        out.println(outcome.benchmark().name() + " FAILED:");
        outcome.problems().limit(5).forEach(f -> out.println("  " + f));
    }
}
