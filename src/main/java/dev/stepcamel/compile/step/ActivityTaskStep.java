package dev.stepcamel.compile.step;

import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.compile.TaskCallbacks;
import java.util.Optional;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonText;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * A Task whose Resource is an activity: the effective input is queued for the activity's workers
 * (ActivityScheduled), the first GetActivityTask receives it (ActivityStarted, and the heartbeat
 * clock starts), and the state goes on when the worker answers or a timeout passes.
 */
public final class ActivityTaskStep extends AsyncProcessorSupport {
    private final TaskState state;
    private final TaskCallbacks callbacks;
    private final TaskSeconds timeout;
    private final TaskSeconds heartbeat;

    public ActivityTaskStep(TaskState state, TaskCallbacks callbacks) {
        this.state = state;
        this.callbacks = callbacks;
        this.timeout = TaskSeconds.timeout(state);
        this.heartbeat = TaskSeconds.heartbeat(state);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ParkedTask parked;
        long timeoutSeconds;
        long heartbeatSeconds;
        String input = Json.write(Steps.body(exchange));
        StateVisit visit = Steps.visit(exchange);
        boolean resumed = visit != null && visit.resuming() == Checkpoint.Kind.CALLING;
        try {
            if (resumed) {
                visit.takeResuming();
            } else if (!callbacks.activityExists(state.resource())) {
                throw StateErrors.runtime(exchange, "The activity " + state.resource() + " does not exist.");
            }
            timeoutSeconds = timeout == null ? 0 : timeout.seconds(exchange);
            heartbeatSeconds = heartbeat == null ? 0 : heartbeat.seconds(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        exchange.setProperty(TaskRequestStep.STARTED, true);
        if (resumed) {
            Optional<RecoveredToken> recovered = callbacks.recovered(Steps.run(exchange).executionContext().path("Id")
                    .asText(), ParkedTask.place(exchange, null, 0, false));
            if (recovered.isPresent() && (recovered.get().submitted() || recovered.get().answer() != null)) {
                // queued (or taken, or answered) before the restart: it waits under its token again
                exchange.setProperty(ExchangeKeys.TASK_TOKEN, recovered.get().token());
                parked = parked(exchange, callback, heartbeatSeconds);
                parked.repark(recovered.get());
                parked.submitted();
                return false;
            }
            if (!callbacks.activityExists(state.resource())) {
                exchange.setException(StateErrors.runtime(exchange, "The activity " + state.resource()
                        + " does not exist."));
                callback.done(true);
                return true;
            }
        } else {
            JsonText recorded = new JsonText(Steps.body(exchange));
            Steps.record(exchange, "ActivityScheduled", d -> {
                d.put("resource", state.resource()).putPOJO("input", recorded)
                        .set("inputDetails", Steps.truncatedFalse());
                if (timeout != null) {
                    d.put("timeoutInSeconds", timeoutSeconds);
                }
                if (heartbeat != null) {
                    d.put("heartbeatInSeconds", heartbeatSeconds);
                }
            }, frame -> Checkpoint.inside(frame, Checkpoint.Kind.CALLING, state.name(), visit.retryCounts(), null));
        }
        // A restart before the task was queued finds no token: nothing reached a worker, so it is queued now.
        parked = parked(exchange, callback, heartbeatSeconds);
        parked.park(state.name(), timeoutSeconds * 1000L, false);
        if (Steps.run(exchange).isActive()) { // a stop right after ActivityScheduled leaves nothing queued
            callbacks.scheduleActivityTask(state.resource(), IssueTaskToken.token(exchange), input);
        }
        parked.submitted();
        return false;
    }

    private ParkedTask parked(Exchange exchange, AsyncCallback callback, long heartbeatSeconds) {
        return new ParkedTask(exchange, callback, callbacks, IssueTaskToken.token(exchange),
                heartbeatSeconds * 1000L, worker -> Steps.record(exchange, "ActivityStarted",
                        d -> d.put("workerName", worker == null ? "" : worker)));
    }

    @Override
    public String toString() {
        return "ActivityTask[" + state.name() + "]";
    }
}
