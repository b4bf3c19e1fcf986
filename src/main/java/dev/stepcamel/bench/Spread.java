package dev.stepcamel.bench;

import java.util.Arrays;

/** Minimum, median and maximum of a few repetitions' values. */
record Spread(double min, double median, double max) {

    static Spread of(double... values) {
        if (values.length == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Spread(sorted[0], median, sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile ({@code q} in 0..1) of unsorted values; 0 for none. */
    static long percentile(long[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** {@code min/median/max} with the given format for each value. */
    String format(String each) {
        return String.format(each, min) + "/" + String.format(each, median) + "/" + String.format(each, max);
    }
}
