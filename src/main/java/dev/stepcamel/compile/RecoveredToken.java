package dev.stepcamel.compile;

import java.time.Instant;

/**
 * A token a Task waited on when the runtime last stopped, as a durable store read it back.
 *
 * @param submitted whether the request that hands the token out was sent (or the activity task queued)
 * @param timeoutDue when TimeoutSeconds runs out ({@code null}: none)
 * @param heartbeatDue when the heartbeat clock runs out ({@code null}: none, or not started)
 * @param answer how the token was closed ({@code null}: it is still open)
 */
public record RecoveredToken(String token, boolean submitted, Instant timeoutDue, Instant heartbeatDue,
        TokenAnswer answer) {
}
