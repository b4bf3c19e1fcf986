package dev.stepcamel.compile;

/** What a parked task hears from outside, through the API (SendTask*, GetActivityTask). */
public interface CallbackListener {

    /** An activity worker received the task (ActivityStarted). */
    void started(String workerName);

    /** SendTaskHeartbeat: the heartbeat timer starts again. */
    void heartbeat();

    /** SendTaskSuccess with the task's JSON output. The token is already closed. */
    void succeeded(String output);

    /** SendTaskFailure. The token is already closed. */
    void failed(String error, String cause);
}
