package dev.stepcamel.compile;

import java.time.Instant;

/**
 * The current visit of a state: when it was entered and how often each retrier has retried.
 * A retry re-enters the same visit; a transition starts a new one.
 */
public final class StateVisit {
    private final String stateName;
    private final Instant enteredTime;
    private final int[] retryCounts;
    private final boolean retryable;
    private long enteredEventId;
    private boolean retrying;
    private Checkpoint.Kind resuming;
    private Instant callDeadline;

    /** A visit restored after a restart: re-entered without events, in phase {@code resuming}. */
    public static StateVisit restored(ResumePoint point, int retriers, boolean retryable) {
        StateVisit visit = new StateVisit(point.state(), point.enteredTime(), retriers, retryable);
        visit.enteredEventId = point.enteredEventId();
        if (point.retries() != null) {
            System.arraycopy(point.retries(), 0, visit.retryCounts, 0, Math.min(retriers, point.retries().length));
        }
        visit.callDeadline = point.kind() == Checkpoint.Kind.CALLING ? point.due() : null;
        visit.resuming = point.kind() == Checkpoint.Kind.ENTERED || point.kind() == Checkpoint.Kind.RETRY ? null
                : point.kind();
        return visit;
    }

    /** The phase a restored visit resumes in, {@code null} once taken (see {@link #takeResuming}). */
    public Checkpoint.Kind resuming() {
        return resuming;
    }

    /** Returns the phase to resume in and clears it, so that it is used once. */
    public Checkpoint.Kind takeResuming() {
        Checkpoint.Kind phase = resuming;
        resuming = null;
        return phase;
    }

    /** When the interrupted call of a restored visit would have timed out ({@code null}: no TimeoutSeconds). */
    public Instant callDeadline() {
        return callDeadline;
    }

    /** A copy of each retrier's count, for a checkpoint. */
    public int[] retryCounts() {
        return retryCounts.clone();
    }

    /** @param retryable whether the state type can have Retry (Task, Parallel, Map) */
    public StateVisit(String stateName, Instant enteredTime, int retriers, boolean retryable) {
        this.stateName = stateName;
        this.enteredTime = enteredTime;
        this.retryCounts = new int[retriers];
        this.retryable = retryable;
    }

    /** Only states that can retry have {@code $$.State.RetryCount}. */
    public boolean isRetryable() {
        return retryable;
    }

    /** The id of the StateEntered event, which AWS's runtime error causes cite. */
    public long enteredEventId() {
        return enteredEventId;
    }

    public void setEnteredEventId(long id) {
        this.enteredEventId = id;
    }

    public String stateName() {
        return stateName;
    }

    public Instant enteredTime() {
        return enteredTime;
    }

    /** Total retries so far, {@code $$.State.RetryCount}. */
    public int retryCount() {
        int total = 0;
        for (int count : retryCounts) {
            total += count;
        }
        return total;
    }

    public int retries(int retrier) {
        return retryCounts[retrier];
    }

    public void countRetry(int retrier) {
        retryCounts[retrier]++;
    }

    public boolean isRetrying() {
        return retrying;
    }

    public void setRetrying(boolean retrying) {
        this.retrying = retrying;
    }
}
