package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.data.JsonPathExpression;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.ExchangeHelper;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Calls a Task's endpoint under TimeoutSeconds (or TimeoutSecondsPath): the call runs on a
 * worker and the state fails with {@code States.Timeout} when the timer fires first, whether or
 * not the endpoint ever answers. Tasks without a timeout use the plain enricher instead.
 */
public final class TimedInvokeStep extends AsyncProcessorSupport {
    private final CamelContext context;
    private final String staticEndpoint;
    private final Integer timeoutSeconds;
    private final JsonPathExpression timeoutPath;
    private final TaskReply reply;
    private final Map<String, AsyncProducer> producers = new ConcurrentHashMap<>();

    private JsonataField timeoutExpression;

    public TimedInvokeStep(CamelContext context, String staticEndpoint, Integer timeoutSeconds, String timeoutPath,
            TaskReply reply) {
        this.context = context;
        this.staticEndpoint = staticEndpoint;
        this.timeoutSeconds = timeoutSeconds;
        this.timeoutPath = timeoutPath == null ? null : JsonPathExpression.compile(timeoutPath);
        this.reply = reply;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long timeoutMillis;
        AsyncProducer producer;
        try {
            timeoutMillis = timeoutSeconds(exchange) * 1000L;
            String uri = staticEndpoint != null ? staticEndpoint
                    : exchange.getProperty(TaskRequestStep.ENDPOINT, String.class);
            producer = producers.computeIfAbsent(uri, this::startProducer);
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

    /** A JSONata Task's {@code TimeoutSeconds} expression, evaluated when the task starts. */
    public TimedInvokeStep withTimeoutExpression(JsonNode expression) {
        this.timeoutExpression = JsonataField.of("TimeoutSeconds", expression);
        return this;
    }

    private long timeoutSeconds(Exchange exchange) {
        if (timeoutExpression != null) {
            return timeoutExpression.integer(exchange, 1);
        }
        if (timeoutPath == null) {
            return timeoutSeconds;
        }
        // Read from the state's input, as AWS does, not from the request Parameters built.
        JsonNode value = timeoutPath.evaluate(Steps.stateInput(exchange), new StateEvaluationContext(exchange));
        if (value == null) {
            throw StateErrors.runtime(exchange, "Invalid path '" + timeoutPath.text() + "' : "
                    + timeoutPath.missingReason(Steps.stateInput(exchange)));
        }
        if (!value.isIntegralNumber() || value.asLong() <= 0) {
            throw StateErrors.runtime(exchange, "The TimeoutSecondsPath parameter references an invalid value: "
                    + timeoutPath.text() + " == " + value);
        }
        return value.asLong();
    }

    private AsyncProducer startProducer(String uri) {
        try {
            AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
            ServiceHelper.startService(producer);
            return producer;
        } catch (Exception e) {
            throw new IllegalStateException("cannot call " + uri, e);
        }
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(producers.values());
    }

    @Override
    public String toString() {
        return "InvokeWithTimeout[" + (staticEndpoint == null ? "${" + TaskRequestStep.ENDPOINT + "}" : staticEndpoint)
                + ", " + (timeoutPath == null ? timeoutSeconds + "s" : timeoutPath.text()) + "]";
    }
}
