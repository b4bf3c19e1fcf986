package dev.stepcamel.store;

import java.time.Instant;

/** An activity created through the API: workers poll it for the tasks of the Task states that name it. */
public record StoredActivity(String arn, String name, Instant creationDate) {
}
