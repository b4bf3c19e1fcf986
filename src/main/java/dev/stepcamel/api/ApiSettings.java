package dev.stepcamel.api;

import java.time.Duration;

/**
 * Where the API pretends to live and its limits.
 *
 * @param region the region in every ARN, e.g. {@code us-east-1}
 * @param account the 12-digit account id in every ARN
 * @param syncExecutionTimeout how long StartSyncExecution waits before the execution times out (AWS: 5 minutes)
 */
public record ApiSettings(String region, String account, Duration syncExecutionTimeout) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT = "123456789012";

    public static ApiSettings defaults() {
        return new ApiSettings(DEFAULT_REGION, DEFAULT_ACCOUNT, Duration.ofMinutes(5));
    }
}
