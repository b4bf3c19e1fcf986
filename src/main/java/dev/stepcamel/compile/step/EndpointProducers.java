package dev.stepcamel.compile.step;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceHelper;

/** Started asynchronous producers by endpoint URI, for steps that call a Task's endpoint themselves. */
final class EndpointProducers {
    private final CamelContext context;
    private final Map<String, AsyncProducer> producers = new ConcurrentHashMap<>();

    EndpointProducers(CamelContext context) {
        this.context = context;
    }

    AsyncProducer get(String uri) {
        return producers.computeIfAbsent(uri, this::start);
    }

    private AsyncProducer start(String uri) {
        try {
            AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
            ServiceHelper.startService(producer);
            return producer;
        } catch (Exception e) {
            throw new IllegalStateException("cannot call " + uri, e);
        }
    }

    void stop() {
        ServiceHelper.stopService(producers.values());
    }
}
