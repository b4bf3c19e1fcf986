package dev.stepcamel.store;

import java.util.Optional;

/**
 * Activities and the tasks queued for their workers. {@link #take} hands each queued task to
 * exactly one caller, however many poll at once.
 */
public interface ActivityStore {

    /** Stores the activity unless one with its ARN exists; returns whichever is stored afterwards. */
    StoredActivity putIfAbsent(StoredActivity activity);

    Optional<StoredActivity> find(String arn);

    /**
     * Activities by ARN.
     *
     * @throws InvalidPageTokenException when {@code nextToken} did not come from this listing
     */
    Page<StoredActivity> list(String nextToken, int maxResults);

    /** Deletes the activity and drops its queued tasks; {@code false} when there was none. */
    boolean delete(String arn);

    /** Queues a task for the activity's workers, after those already queued. */
    void enqueue(String activityArn, ActivityTask task);

    /** Runs {@code action} once every change so far is durable (at once for a store in memory). */
    default void afterDurable(Runnable action) {
        action.run();
    }

    /** Takes the oldest queued task of the activity, if any; no two callers get the same task. */
    Optional<ActivityTask> take(String activityArn);
}
