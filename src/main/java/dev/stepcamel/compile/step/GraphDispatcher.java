package dev.stepcamel.compile.step;

import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.ResumePoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Follows the transitions of one state graph: sends the exchange to the route of the state
 * named in {@link ExchangeKeys#NEXT}, then to the next, in a loop. States do not call each
 * other, so neither the stack nor retained memory grows with the number of transitions; when a
 * state completes asynchronously (Wait, a retry back-off) the loop resumes on the thread that
 * completes it.
 */
public final class GraphDispatcher extends AsyncProcessorSupport {
    private final CamelContext context;
    private final Map<String, String> stateEndpoints;
    private final List<String> stateNames;
    private volatile Map<String, AsyncProducer> producers;

    /** @param stateEndpoints state name to the endpoint URI of that state's route, in definition order */
    public GraphDispatcher(CamelContext context, Map<String, String> stateEndpoints) {
        this.context = context;
        this.stateNames = List.copyOf(stateEndpoints.keySet());
        this.stateEndpoints = Map.copyOf(stateEndpoints);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return dispatch(exchange, callback, true);
    }

    private boolean dispatch(Exchange exchange, AsyncCallback callback, boolean firstCall) {
        Map<String, AsyncProducer> routes = producers();
        while (true) {
            String next = exchange.getProperty(ExchangeKeys.NEXT, String.class);
            if (next == null || exchange.getException() != null || !mayContinue(exchange)) {
                callback.done(firstCall);
                return firstCall;
            }
            if (waitsForRetry(exchange, callback)) {
                return false;
            }
            AsyncProducer producer = routes.get(next);
            exchange.removeProperty(ExchangeKeys.NEXT);
            boolean sync = producer.process(exchange, doneSync -> {
                if (!doneSync) {
                    dispatch(exchange, callback, false);
                }
            });
            if (!sync) {
                return false;
            }
        }
    }

    /**
     * A frame resumed after a restart while it waited for a retry waits for the rest of the
     * back-off first; returns true when the dispatch continues later, on the timer.
     */
    private boolean waitsForRetry(Exchange exchange, AsyncCallback callback) {
        ResumePoint resume = exchange.getProperty(ExchangeKeys.RESUME, ResumePoint.class);
        if (resume == null || resume.kind() != Checkpoint.Kind.RETRY || resume.due() == null) {
            return false;
        }
        ExecutionRun run = Steps.run(exchange);
        if (!resume.due().isAfter(run.services().clock().instant())) {
            return false;
        }
        exchange.setProperty(ExchangeKeys.RESUME, new ResumePoint(resume.kind(), resume.state(), resume.data(),
                resume.enteredTime(), resume.enteredEventId(), resume.retries(), null, null, null, resume.variables()));
        run.services().scheduleAt(resume.due(), () -> dispatch(exchange, callback, false));
        return true;
    }

    private static boolean mayContinue(Exchange exchange) {
        ExecutionRun run = Steps.run(exchange);
        return (run == null || run.isActive()) && !Steps.scope(exchange).isCancelled();
    }

    private Map<String, AsyncProducer> producers() {
        Map<String, AsyncProducer> ready = producers;
        if (ready == null) {
            synchronized (this) {
                if (producers == null) {
                    Map<String, AsyncProducer> created = new HashMap<>();
                    for (var e : stateEndpoints.entrySet()) {
                        try {
                            AsyncProducer producer = context.getEndpoint(e.getValue()).createAsyncProducer();
                            ServiceHelper.startService(producer);
                            created.put(e.getKey(), producer);
                        } catch (Exception ex) {
                            throw new IllegalStateException("cannot reach the route of state " + e.getKey(), ex);
                        }
                    }
                    producers = created;
                }
                ready = producers;
            }
        }
        return ready;
    }

    @Override
    protected void doStop() {
        Map<String, AsyncProducer> started = producers;
        if (started != null) {
            ServiceHelper.stopService(started.values());
        }
    }

    @Override
    public String toString() {
        return "Dispatch" + stateNames; // definition order, so printed routes are stable
    }
}
