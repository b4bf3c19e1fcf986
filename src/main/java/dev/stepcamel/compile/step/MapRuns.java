package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.camel.Exchange;

/**
 * A Distributed Map's map run. On AWS each item runs as a child execution: the parent's history
 * shows MapRunStarted and MapRunSucceeded/MapRunFailed instead of the iterations. Here the
 * iterations still run (and record their events) in the parent execution; every event recorded
 * inside one is marked with the map run's ARN ({@link #RUN_KEY}) and the item's index
 * ({@link #INDEX_KEY}), so that the API can leave them out of the parent's history.
 */
public final class MapRuns {
    /** The prefix of the internal details keys below, which the API never shows. */
    public static final String INTERNAL_PREFIX = "@";
    /** Internal details key: the ARN of the map run an event was recorded in. Never shown by the API. */
    public static final String RUN_KEY = "@mapRun";
    /** Internal details key of MapRunSucceeded/MapRunFailed: the ARN of the map run that ended. */
    public static final String ENDS_KEY = "@ends";
    /** Internal details keys of MapRunStarted: the items, MaxConcurrency and tolerated failures. */
    public static final String TOTAL_KEY = "@total";
    public static final String STATE_KEY = "@state";
    public static final String MAX_CONCURRENCY_KEY = "@maxConcurrency";
    public static final String TOLERATED_COUNT_KEY = "@toleratedFailureCount";
    public static final String TOLERATED_PERCENTAGE_KEY = "@toleratedFailurePercentage";

    /** Internal details key: the index of the item (child execution) an event was recorded in. */
    public static final String INDEX_KEY = "@index";

    /** On the Map's exchange, between MapRunStarted and its end: the map run's ARN. */
    private static final String RUN = "StepcamelMapRun";
    /** On an iteration's exchange (and those nested in it): the {@link Item} it runs. */
    private static final String ITEM = "StepcamelMapRunItem";

    private MapRuns() {
    }

    /** The item of a map run that events recorded on an exchange belong to. */
    record Item(String mapRunArn, int index) {
    }

    /** What DescribeMapRun shows of a map run's configuration. */
    record Settings(int items, int maxConcurrency, Integer toleratedCount, Double toleratedPercentage) {
    }

    /**
     * Opens the map run of a Distributed Map's visit and records MapRunStarted, unless the
     * visit resumes after a restart (the event is in the history already).
     */
    static void start(Exchange exchange, MapState state, boolean resumed, Settings settings) {
        String arn = arn(exchange, state);
        exchange.setProperty(RUN, arn);
        if (!resumed) {
            Steps.record(exchange, "MapRunStarted", d -> {
                d.put("mapRunArn", arn).put(STATE_KEY, state.name()).put(TOTAL_KEY, settings.items())
                        .put(MAX_CONCURRENCY_KEY, settings.maxConcurrency());
                if (settings.toleratedCount() != null) {
                    d.put(TOLERATED_COUNT_KEY, settings.toleratedCount());
                }
                if (settings.toleratedPercentage() != null) {
                    d.put(TOLERATED_PERCENTAGE_KEY, settings.toleratedPercentage());
                }
            });
        }
    }

    /** Holds MapRunSucceeded when the exchange's Map has an open map run, and closes it. */
    static void succeeded(Exchange exchange) {
        Object arn = exchange.removeProperty(RUN);
        if (arn != null) {
            Steps.hold(exchange, "MapRunSucceeded", d -> d.put(ENDS_KEY, (String) arn));
        }
    }

    /** Holds MapRunFailed when the exchange's Map has an open map run, and closes it. */
    static void failed(Exchange exchange, AslException error) {
        Object arn = exchange.removeProperty(RUN);
        if (arn != null) {
            Steps.hold(exchange, "MapRunFailed", d -> {
                d.put(ENDS_KEY, (String) arn).put("error", error.error());
                if (error.cause() != null) {
                    d.put("cause", error.cause());
                }
            });
        }
    }

    /** Internal details keys of an item's MapIterationFailed: the item's (child execution's) error and cause. */
    public static final String ERROR_KEY = "@error";
    public static final String CAUSE_KEY = "@cause";

    /** Adds the item's error and cause to a Distributed Map item's MapIterationFailed. */
    static void failure(Exchange exchange, ObjectNode details, AslException error) {
        if (exchange.getProperty(ITEM) != null) {
            details.put(ERROR_KEY, error.error());
            if (error.cause() != null) {
                details.put(CAUSE_KEY, error.cause());
            }
        }
    }

    /** Closes the map run without an event (the state is retried). */
    static void discard(Exchange exchange) {
        exchange.removeProperty(RUN);
    }

    /**
     * At the start of an iteration: the iteration of a Distributed Map belongs to the map run's
     * item {@code index}; the map run itself is the Map's, not the iteration's.
     */
    static void enterIteration(Exchange exchange, int index, boolean distributed) {
        String arn = (String) exchange.removeProperty(RUN);
        if (distributed && arn != null) {
            exchange.setProperty(ITEM, new Item(arn, index));
        }
    }

    /** Marks {@code details} (created when {@code null}) when the exchange runs inside a map run's item. */
    public static ObjectNode mark(Exchange exchange, ObjectNode details) {
        Item item = exchange.getProperty(ITEM, Item.class);
        if (item == null) {
            return details;
        }
        ObjectNode marked = details == null ? dev.stepcamel.data.Json.MAPPER.createObjectNode() : details;
        return marked.put(RUN_KEY, item.mapRunArn()).put(INDEX_KEY, item.index());
    }

    /**
     * {@code arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:UUID}, the UUID derived from the
     * execution, the frame and the state's visit, so that a resumed or redriven run finds the same one.
     */
    static String arn(Exchange exchange, MapState state) {
        ExecutionRun run = Steps.run(exchange);
        String execution = text(run.executionContext(), "Id");
        String machine = text(run.stateMachineContext(), "Name");
        StateVisit visit = Steps.visit(exchange);
        String seed = execution + "|" + Steps.frame(exchange) + "|" + state.name() + "|"
                + (visit == null ? "" : visit.enteredEventId() + "|" + Arrays.toString(visit.retryCounts()));
        String uuid = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
        int at = execution.indexOf(":execution:");
        String prefix = at < 0 ? "arn:aws:states:us-east-1:000000000000" : execution.substring(0, at);
        String label = state.label() != null ? state.label() : state.name();
        return prefix + ":mapRun:" + machine + "/" + label + ":" + uuid;
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null ? "" : node.get(field).asText();
    }
}
