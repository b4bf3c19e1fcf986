package dev.stepcamel.asl.model;

import java.util.List;

/** One {@code Retry} entry, with ASL's defaults applied; {@code maxDelaySeconds} is {@code null} when absent. */
public record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
        Long maxDelaySeconds, JitterStrategy jitterStrategy) {

    public enum JitterStrategy { NONE, FULL }

    public static final double DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;
}
