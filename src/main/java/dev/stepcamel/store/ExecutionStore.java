package dev.stepcamel.store;

import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.Optional;

/**
 * Keeps executions by ARN and lists them per state machine, newest first. Implementations are
 * thread-safe; executions are stored live, so a listing shows their current status.
 */
public interface ExecutionStore {

    /**
     * Stores {@code execution} under its machine's ARN unless one with the same execution ARN
     * exists; returns whichever is stored afterwards.
     */
    Execution putIfAbsent(Execution execution);

    Optional<Execution> find(String executionArn);

    /**
     * The machine's executions, newest first, optionally only those with {@code statusFilter}.
     *
     * @throws InvalidPageTokenException when {@code nextToken} did not come from this listing
     */
    default Page<Execution> list(String stateMachineArn, ExecutionStatus statusFilter, String nextToken,
            int maxResults) {
        return list(stateMachineArn, statusFilter, null, nextToken, maxResults);
    }

    /**
     * As {@link #list(String, ExecutionStatus, String, int)}, with {@code redriven} ({@code null}:
     * either) keeping only executions redriven at least once ({@code true}) or never ({@code false}).
     */
    Page<Execution> list(String stateMachineArn, ExecutionStatus statusFilter, Boolean redriven, String nextToken,
            int maxResults);

    /** Forgets executions that ended before {@code cutoff} (the retention setting); returns how many. */
    int purgeEndedBefore(java.time.Instant cutoff);
}
