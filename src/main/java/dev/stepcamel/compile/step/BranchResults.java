package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.compile.BranchScope;
import dev.stepcamel.data.Json;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Collects the outputs of Parallel branches or Map iterations into an array in branch (or item)
 * order, whatever order they finish in. The first failure cancels the siblings and becomes the
 * state's error. Results are kept on the original exchange, which is also what the multicast
 * or splitter continues with, so the branches' own properties never leak back.
 */
public final class BranchResults implements AggregationStrategy {
    static final String RESULTS = "StepcamelBranchResults";
    static final String CANCEL = "StepcamelBranchCancel";
    static final String TOLERANCE = "StepcamelToleratedFailures";

    private final String indexProperty;

    private BranchResults(String indexProperty) {
        this.indexProperty = indexProperty;
    }

    public static BranchResults forParallel() {
        return new BranchResults(Exchange.MULTICAST_INDEX);
    }

    public static BranchResults forMap() {
        return new BranchResults(Exchange.SPLIT_INDEX);
    }

    /** Prepares the original exchange for {@code count} results and a shared cancel flag. */
    static void open(Exchange exchange, int count) {
        ArrayNode results = Json.MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            results.add(NullNode.getInstance());
        }
        exchange.setProperty(RESULTS, results);
        exchange.setProperty(CANCEL, new AtomicBoolean());
    }

    /** Sets (or, with {@code null}, clears: nested Maps must not inherit it) the failure tolerance. */
    static void tolerate(Exchange exchange, ToleratedFailures tolerance) {
        if (tolerance == null) {
            exchange.removeProperty(TOLERANCE);
        } else {
            exchange.setProperty(TOLERANCE, tolerance);
        }
    }

    static ArrayNode results(Exchange exchange) {
        return exchange.getProperty(RESULTS, ArrayNode.class);
    }

    static BranchScope childScope(Exchange exchange, int index, JsonNode mapValue, String frame) {
        return new BranchScope(Steps.scope(exchange), exchange.getProperty(CANCEL, AtomicBoolean.class), index,
                mapValue, frame);
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        throw new UnsupportedOperationException("needs the input exchange");
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        if (newExchange.getException() != null) {
            ToleratedFailures tolerance = inputExchange.getProperty(TOLERANCE, ToleratedFailures.class);
            if (tolerance != null && tolerance.fail()) {
                AslException error = TaskErrors.toAsl(newExchange.getException());
                ObjectNode output = Json.MAPPER.createObjectNode().put("Error", error.error());
                if (error.cause() != null) {
                    output.put("Cause", error.cause());
                }
                ArrayNode results = results(inputExchange);
                synchronized (results) {
                    results.set(newExchange.getProperty(indexProperty, Integer.class), output);
                }
                return inputExchange;
            }
            if (tolerance != null) {
                newExchange.setException(new AslException(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                        "The specified tolerated failure threshold was exceeded"));
            }
            if (inputExchange.getException() == null) {
                inputExchange.setException(newExchange.getException());
            }
            AtomicBoolean cancel = inputExchange.getProperty(CANCEL, AtomicBoolean.class);
            if (cancel != null) {
                cancel.set(true);
            }
            return inputExchange;
        }
        int index = newExchange.getProperty(indexProperty, Integer.class);
        ArrayNode results = results(inputExchange);
        synchronized (results) {
            results.set(index, Steps.body(newExchange));
        }
        return inputExchange;
    }

    @Override
    public String toString() {
        return "BranchResults";
    }
}
