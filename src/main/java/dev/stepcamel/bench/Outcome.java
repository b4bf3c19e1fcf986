package dev.stepcamel.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * A benchmark's measured repetitions, and the problems seen outside them: why it could not run
 * (an invalid definition, ...) or wrong outputs during warm-up, which fail it just the same.
 */
record Outcome(Benchmark benchmark, List<RepResult> reps, List<String> otherProblems) {

    static Outcome notRun(Benchmark benchmark, String why) {
        return new Outcome(benchmark, List.of(), List.of(why));
    }

    boolean ran() {
        return !reps.isEmpty();
    }

    boolean failed() {
        return !ran() || problems().findAny().isPresent();
    }

    /** Every problem, warm-up and setup first. */
    Stream<String> problems() {
        return Stream.concat(otherProblems.stream(), reps.stream().flatMap(r -> r.failures().stream()));
    }

    Spread spread(ToDoubleFunction<RepResult> metric) {
        return Spread.of(reps.stream().mapToDouble(metric).toArray());
    }
}
