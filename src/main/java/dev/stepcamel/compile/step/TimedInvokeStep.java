package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.asl.model.TaskState;
import dev.stepcamel.compile.ExecutionRun;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.ExchangeHelper;

/**
 * Calls a Task's endpoint under TimeoutSeconds (or TimeoutSecondsPath, or a JSONata expression): the call runs on a
 * worker and the state fails with {@code States.Timeout} when the timer fires first, whether or
 * not the endpoint ever answers. Tasks without a timeout use the plain enricher instead.
 */
public final class TimedInvokeStep extends AsyncProcessorSupport {
    private final String staticEndpoint;
    private final TaskSeconds timeout;
    private final TaskReply reply;
    private final EndpointProducers producers;

    public TimedInvokeStep(CamelContext context, String staticEndpoint, TaskState state, TaskReply reply) {
        this.producers = new EndpointProducers(context);
        this.staticEndpoint = staticEndpoint;
        this.timeout = TaskSeconds.timeout(state);
        this.reply = reply;
    }

    /** Whether the Task has a TimeoutSeconds in any form: a number, a path or a JSONata expression. */
    public static boolean hasTimeout(TaskState state) {
        return TaskSeconds.timeout(state) != null;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long timeoutMillis;
        AsyncProducer producer;
        try {
            timeoutMillis = timeout.millis(exchange);
            String uri = staticEndpoint != null ? staticEndpoint
                    : exchange.getProperty(TaskRequestStep.ENDPOINT, String.class);
            producer = producers.get(uri);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        ExecutionRun run = Steps.run(exchange);
        AtomicBoolean settled = new AtomicBoolean();
        Exchange call = ExchangeHelper.createCopy(exchange, true);
        run.services().schedule(timeoutMillis, () -> {
            if (settled.compareAndSet(false, true)) {
                exchange.setException(new AslException(ErrorNames.TIMEOUT, ""));
                callback.done(false);
            }
        });
        run.services().workers().execute(() -> producer.process(call, doneSync -> {
            if (settled.compareAndSet(false, true)) {
                reply.aggregate(exchange, call);
                callback.done(false);
            }
        }));
        return false;
    }

    @Override
    protected void doStop() {
        producers.stop();
    }

    @Override
    public String toString() {
        return "InvokeWithTimeout[" + (staticEndpoint == null ? "${" + TaskRequestStep.ENDPOINT + "}" : staticEndpoint)
                + ", " + timeout + "]";
    }
}
