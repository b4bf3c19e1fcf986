package dev.stepcamel.store;

import java.util.Collection;
import java.util.Map;

/** The tags of state machines and activities, per resource ARN, in the order they were added. */
public interface TagStore {
    /** Adds or overwrites {@code tags} on {@code arn}. */
    void add(String arn, Map<String, String> tags);

    void remove(String arn, Collection<String> keys);

    /** The resource's tags; empty when it has none. */
    Map<String, String> of(String arn);

    /** Drops every tag of a deleted resource. */
    void forget(String arn);
}
