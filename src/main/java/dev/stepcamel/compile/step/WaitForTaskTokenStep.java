package dev.stepcamel.compile.step;

import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.RecoveredToken;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TokenPlace;
import java.util.Optional;
import dev.stepcamel.compile.TaskCallbacks;
import dev.stepcamel.data.JsonText;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.ExchangeHelper;

/**
 * {@code .waitForTaskToken}: the task parks under its token first, then sends the request that
 * carries the token out (a Lambda invocation, a message, a child execution); the service's reply
 * is recorded as TaskSubmitted, and the state goes on only when SendTaskSuccess/SendTaskFailure
 * answer, or TimeoutSeconds/HeartbeatSeconds pass. No thread waits meanwhile.
 */
public final class WaitForTaskTokenStep extends AsyncProcessorSupport {
    private final TaskState state;
    private final TaskBinding binding;
    private final TaskCallbacks callbacks;
    private final TaskReply reply;
    private final TaskSeconds timeout;
    private final TaskSeconds heartbeat;
    private final EndpointProducers producers;

    public WaitForTaskTokenStep(CamelContext context, TaskState state, TaskBinding binding, TaskCallbacks callbacks) {
        this.producers = new EndpointProducers(context);
        this.state = state;
        this.binding = binding;
        this.callbacks = callbacks;
        this.reply = new TaskReply(state.name(), binding.shape());
        this.timeout = TaskSeconds.timeout(state);
        this.heartbeat = TaskSeconds.heartbeat(state);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (exchange.removeProperty(TaskRequestStep.RESUMED_CALL) != null) {
            return resume(exchange, callback);
        }
        ParkedTask parked;
        AsyncProducer producer;
        long timeoutMillis;
        try {
            String uri = binding.endpointUri() != null ? binding.endpointUri()
                    : exchange.getProperty(TaskRequestStep.ENDPOINT, String.class);
            producer = producers.get(uri);
            timeoutMillis = TaskSeconds.millisOrZero(timeout, exchange);
            parked = parked(exchange, callback, IssueTaskToken.token(exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        parked.park(state.name(), timeoutMillis, true);
        // A durable execution sends the token out only once a restart would find it waiting.
        ExecutionRun run = Steps.run(exchange);
        if (run == null) {
            submit(exchange, producer, parked);
        } else {
            run.afterCommit(() -> submit(exchange, producer, parked));
        }
        return false;
    }

    private void submit(Exchange exchange, AsyncProducer producer, ParkedTask parked) {
        Exchange call = ExchangeHelper.createCopy(exchange, true);
        producer.process(call, doneSync -> {
            reply.aggregate(call, call);
            if (call.getException() != null) {
                parked.submitFailed(TaskErrors.toAsl(call.getException()));
                return;
            }
            JsonText output = new JsonText(Steps.body(call));
            Steps.record(exchange, "TaskSubmitted", d -> d.put("resourceType", binding.resourceType())
                    .put("resource", binding.resource()).putPOJO("output", output)
                    .set("outputDetails", Steps.truncatedFalse()));
            parked.submitted();
        });
    }

    /**
     * After a restart, with the call under way: if its token was sent out (or already answered)
     * the task parks again under it, and nothing is sent again; otherwise the call's outcome is
     * unknown and it fails as interrupted, for Retry to decide.
     */
    private boolean resume(Exchange exchange, AsyncCallback callback) {
        String executionArn = Steps.run(exchange).executionContext().path("Id").asText();
        TokenPlace place = ParkedTask.place(exchange, null, 0, true);
        Optional<RecoveredToken> recovered = place == null ? Optional.empty()
                : callbacks.recovered(executionArn, place);
        // Not known to be sent (the store closed such tokens when it was opened), nor answered before the crash
        if (recovered.isEmpty() || !recovered.get().submitted() && recovered.get().answer() == null) {
            exchange.setException(TaskRequestStep.interrupted(binding, state.resource()));
            callback.done(true);
            return true;
        }
        String token = recovered.get().token();
        exchange.setProperty(ExchangeKeys.TASK_TOKEN, token);
        ParkedTask parked = parked(exchange, callback, token);
        parked.repark(recovered.get());
        parked.submitted();
        return false;
    }

    private ParkedTask parked(Exchange exchange, AsyncCallback callback, String token) {
        long heartbeatMillis = TaskSeconds.millisOrZero(heartbeat, exchange);
        return new ParkedTask(exchange, callback, callbacks, token, heartbeatMillis, worker -> { });
    }

    @Override
    protected void doStop() {
        producers.stop();
    }

    @Override
    public String toString() {
        return "WaitForTaskToken[" + state.name() + "]";
    }
}
