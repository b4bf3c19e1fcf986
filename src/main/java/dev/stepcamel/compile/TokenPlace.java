package dev.stepcamel.compile;

import java.time.Instant;

/**
 * Where a Task waits on its token and until when: what a durable store keeps with the token so
 * that a restarted runtime parks the same Task under the same token again.
 *
 * @param frame the frame the Task runs in ({@link Checkpoint#frame()})
 * @param visit the id of the state's StateEntered event: which visit of the state it is
 * @param attempt the retries of the visit so far: which attempt it is
 * @param timeoutDue when TimeoutSeconds runs out ({@code null}: none)
 * @param heartbeatMillis HeartbeatSeconds in milliseconds (0: none)
 * @param heartbeatFromStart whether the heartbeat clock runs from now (callbacks) or from the
 *                           moment a worker takes the task (activities)
 */
public record TokenPlace(String frame, long visit, int attempt, Instant timeoutDue, long heartbeatMillis,
        boolean heartbeatFromStart) {

    /** The place without its deadlines: what a resumed Task looks its token up by. */
    public String key() {
        return frame + "#" + visit + "#" + attempt;
    }
}
