package dev.stepcamel.bench;

import java.util.List;

/**
 * What one repetition of a benchmark measured.
 *
 * @param latencyNanos per execution, start to outcome
 * @param failures     one line per execution that failed or produced a wrong output
 */
record RepResult(long wallNanos, long[] latencyNanos, List<String> failures, long peakHeapBytes, int peakThreads) {

    double executionsPerSecond() {
        return latencyNanos.length / seconds();
    }

    double transitionsPerSecond(long transitionsPerExecution) {
        return transitionsPerExecution * (double) latencyNanos.length / seconds();
    }

    double latencyMillis(double quantile) {
        return Spread.percentile(latencyNanos, quantile) / 1e6;
    }

    double seconds() {
        return wallNanos / 1e9;
    }
}
