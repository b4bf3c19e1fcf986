package dev.stepcamel.api;

import java.time.Duration;

/**
 * Where the API pretends to live and its limits.
 *
 * @param region the region in every ARN, e.g. {@code us-east-1}
 * @param account the 12-digit account id in every ARN
 * @param syncExecutionTimeout how long StartSyncExecution waits before the execution times out (AWS: 5 minutes)
 * @param activityPollTimeout how long GetActivityTask waits for a task before answering with none (AWS: 60 s)
 */
public record ApiSettings(String region, String account, Duration syncExecutionTimeout,
        Duration activityPollTimeout) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT = "123456789012";
    public static final Duration ACTIVITY_POLL_TIMEOUT = Duration.ofSeconds(60);

    public ApiSettings(String region, String account, Duration syncExecutionTimeout) {
        this(region, account, syncExecutionTimeout, ACTIVITY_POLL_TIMEOUT);
    }

    public static ApiSettings defaults() {
        return new ApiSettings(DEFAULT_REGION, DEFAULT_ACCOUNT, Duration.ofMinutes(5));
    }
}
