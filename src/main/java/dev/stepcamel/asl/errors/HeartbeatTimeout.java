package dev.stepcamel.asl.errors;

/**
 * A Task's heartbeats stopped for longer than HeartbeatSeconds. AWS fails the task with
 * {@code States.Timeout}, and Retry and Catch may also name it {@code States.HeartbeatTimeout}.
 */
public final class HeartbeatTimeout extends AslException {
    private static final long serialVersionUID = 1L;

    public HeartbeatTimeout() {
        super(ErrorNames.TIMEOUT, null);
    }
}
