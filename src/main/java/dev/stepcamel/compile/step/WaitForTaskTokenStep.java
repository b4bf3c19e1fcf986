package dev.stepcamel.compile.step;

import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.TaskBinding;
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
        ParkedTask parked;
        AsyncProducer producer;
        long timeoutMillis;
        try {
            String uri = binding.endpointUri() != null ? binding.endpointUri()
                    : exchange.getProperty(TaskRequestStep.ENDPOINT, String.class);
            producer = producers.get(uri);
            timeoutMillis = TaskSeconds.millisOrZero(timeout, exchange);
            long heartbeatMillis = TaskSeconds.millisOrZero(heartbeat, exchange);
            parked = new ParkedTask(exchange, callback, callbacks, IssueTaskToken.token(exchange), heartbeatMillis,
                    worker -> { });
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        parked.park(state.name(), timeoutMillis, true);
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
        return false;
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
