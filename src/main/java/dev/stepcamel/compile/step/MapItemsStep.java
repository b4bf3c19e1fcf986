package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import dev.stepcamel.data.PayloadTemplate;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.jsonata.JsonataStates;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import org.apache.camel.Processor;

/**
 * Before a Map's splitter: selects the items (ItemsPath), builds each iteration's input
 * (ItemSelector, which alone sees {@code $$.Map.Item}), and opens the ordered result slots and
 * the MaxConcurrency limit. The body becomes the list the splitter iterates.
 */
public final class MapItemsStep implements Processor {
    static final String LIMIT = "StepcamelMapLimit";

    private final MapState state;
    private final JsonPathExpression itemsPath;
    private final PayloadTemplate itemSelector;
    private final JsonPathExpression maxConcurrencyPath;
    private final JsonPathExpression toleratedCountPath;
    private final JsonPathExpression toleratedPercentagePath;
    private final int ceiling;
    private final boolean jsonata;
    private final JsonataField items;
    private final JsonataTemplate jsonataSelector;
    private final JsonataField maxConcurrency;
    private final JsonataField toleratedCount;
    private final JsonataField toleratedPercentage;
    private final ItemReaderStep reader;
    private final ItemBatches batches;

    public MapItemsStep(MapState state, int concurrencyCeiling) {
        this(state, concurrencyCeiling, null);
    }

    /** @param reader the state's ItemReader, or {@code null} when the items come from the input */
    public MapItemsStep(MapState state, int concurrencyCeiling, ItemReaderStep reader) {
        this.reader = reader;
        this.batches = ItemBatches.of(state);
        this.state = state;
        this.itemsPath = JsonPathExpression.compile(state.itemsPath() == null ? "$" : state.itemsPath());
        this.jsonata = state.dataFlow().isJsonata();
        this.itemSelector = state.itemSelector() == null || jsonata ? null : PayloadTemplate.compile(state.itemSelector());
        this.jsonataSelector = state.itemSelector() == null || !jsonata ? null
                : JsonataTemplate.compile("ItemSelector", state.itemSelector());
        this.items = jsonata ? JsonataField.of("Items", state.dataFlow().jsonata().value("Items")) : null;
        this.maxConcurrency = expression(state, "MaxConcurrency");
        this.toleratedCount = expression(state, "ToleratedFailureCount");
        this.toleratedPercentage = expression(state, "ToleratedFailurePercentage");
        this.maxConcurrencyPath = state.maxConcurrencyPath() == null ? null
                : JsonPathExpression.compile(state.maxConcurrencyPath());
        this.toleratedCountPath = state.toleratedFailureCountPath() == null ? null
                : JsonPathExpression.compile(state.toleratedFailureCountPath());
        this.toleratedPercentagePath = state.toleratedFailurePercentagePath() == null ? null
                : JsonPathExpression.compile(state.toleratedFailurePercentagePath());
        this.ceiling = concurrencyCeiling;
    }

    private static JsonataField expression(MapState state, String field) {
        if (!state.dataFlow().isJsonata()) {
            return null;
        }
        JsonNode value = state.dataFlow().jsonata().value(field);
        return JsonataTemplate.isExpression(value) ? JsonataField.of(field, value) : null;
    }

    /** Whether the Map has a failure tolerance, in either query language. */
    public static boolean toleratesFailures(MapState state) {
        return state.toleratedFailureCount() != null || state.toleratedFailurePercentage() != null
                || state.toleratedFailureCountPath() != null || state.toleratedFailurePercentagePath() != null
                || expression(state, "ToleratedFailureCount") != null
                || expression(state, "ToleratedFailurePercentage") != null;
    }

    private JsonNode jsonataItems(Exchange exchange, JsonNode input) {
        if (items != null) {
            return items.array(exchange);
        }
        if (!input.isArray()) {
            throw StateErrors.of(exchange, ErrorNames.QUERY_EVALUATION_ERROR, "Map state input must be an array but was: "
                    + Json.write(input));
        }
        return input;
    }

    @Override
    public void process(Exchange exchange) {
        JsonNode input = Steps.body(exchange);
        StateEvaluationContext ctx = new StateEvaluationContext(exchange);
        // With an ItemReader the items are what it read; ItemsPath does not select among them.
        JsonNode items = reader != null ? reader.read(exchange, input, ctx)
                : jsonata ? jsonataItems(exchange, input) : itemsPath.evaluate(input, ctx);
        if (items == null) {
            JsonNode document = itemsPath.isContextPath() ? ctx.contextObject() : input;
            throw StateErrors.runtime(exchange, "Invalid path '" + itemsPath.text() + "' : "
                    + itemsPath.missingReason(document));
        }
        if (!items.isArray()) {
            throw StateErrors.runtime(exchange, "Map state input must be an array but was: " + Json.write(items));
        }
        List<JsonNode> selected = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (jsonataSelector != null) {
                ObjectNode mapItem = Json.MAPPER.createObjectNode().put("Index", i).set("Value", item);
                selected.add(JsonataStep.evaluate(exchange, jsonataSelector, JsonataStates.ofInput(input), mapItem));
            } else if (itemSelector == null) {
                selected.add(item);
            } else {
                ObjectNode mapItem = Json.MAPPER.createObjectNode().put("Index", i).set("Value", item);
                try {
                    selected.add(itemSelector.evaluate(input, new StateEvaluationContext(exchange, mapItem)));
                } catch (dev.stepcamel.asl.errors.AslException e) {
                    throw StateErrors.located(exchange, e);
                }
            }
        }
        List<JsonNode> inputs = batches == null ? selected : batches.batch(exchange, input, ctx, selected);
        int limit = maxConcurrency(exchange, input, ctx);
        ExecutionRun run = Steps.run(exchange);
        if (limit > 0 && limit < inputs.size()) {
            exchange.setProperty(LIMIT, new ConcurrencyLimit(limit, run.services().workers()));
        } else {
            exchange.removeProperty(LIMIT);
        }
        StateVisit visit = Steps.visit(exchange);
        boolean resumed = visit.resuming() == Checkpoint.Kind.BRANCHES;
        if (resumed) {
            visit.takeResuming(); // resumed after a restart: the iterations resume from their own checkpoints
        } else {
            Steps.record(exchange, "MapStateStarted", d -> d.put("length", inputs.size()), frame -> Checkpoint.inside(
                    frame, Checkpoint.Kind.BRANCHES, state.name(), visit.retryCounts(), null));
        }
        // AWS reads the tolerated failures after MapStateStarted; a bad value fails the state without MapStateFailed.
        ToleratedFailures tolerated = toleratedFailures(exchange, input, ctx, inputs.size());
        if (state.mode() == MapState.ProcessorMode.DISTRIBUTED) {
            MapRuns.start(exchange, state, resumed, new MapRuns.Settings(inputs.size(),
                    configuredMaxConcurrency(exchange, input, ctx), tolerated == null ? null : tolerated.count(),
                    tolerated == null ? null : tolerated.percentage()));
        }
        BranchResults.open(exchange, inputs.size());
        BranchResults.tolerate(exchange, tolerated);
        exchange.getMessage().setBody(inputs);
    }

    /** Reads ToleratedFailureCount/Percentage (or their paths); {@code null} when neither is given. */
    private ToleratedFailures toleratedFailures(Exchange exchange, JsonNode input, StateEvaluationContext ctx, int items) {
        Integer count = toleratedCount != null ? (Integer) (int) toleratedCount.integer(exchange, 0)
                : state.toleratedFailureCount();
        Double percentage = toleratedPercentage != null ? (Double) toleratedPercentage.number(exchange)
                : state.toleratedFailurePercentage();
        if (toleratedCountPath != null) {
            JsonNode value = toleratedCountPath.evaluate(input, ctx);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                throw ReferencedNumbers.invalid(exchange, "ToleratedFailureCountPath", value, "integer", toleratedCountPath);
            }
            count = value.asInt();
        }
        if (toleratedPercentagePath != null) {
            JsonNode value = toleratedPercentagePath.evaluate(input, ctx);
            if (value == null || !value.isNumber()) {
                throw ReferencedNumbers.invalid(exchange, "ToleratedFailurePercentagePath", value, "float", toleratedPercentagePath);
            }
            percentage = value.asDouble();
        }
        if (percentage != null && (percentage < 0 || percentage > 100)) {
            throw StateErrors.runtime(exchange, "ToleratedFailurePercentage must be between 0 and 100.");
        }
        if (count != null && count < 0) {
            throw StateErrors.runtime(exchange, "ToleratedFailureCount cannot be negative.");
        }
        return count != null || percentage != null ? new ToleratedFailures(count, percentage, items) : null;
    }


    private int maxConcurrency(Exchange exchange, JsonNode input, StateEvaluationContext ctx) {
        int configured = configuredMaxConcurrency(exchange, input, ctx);
        if (configured == 0 || configured > ceiling) {
            return ceiling;
        }
        return configured;
    }

    /** MaxConcurrency as the state gives it, 0 when unlimited. */
    private int configuredMaxConcurrency(Exchange exchange, JsonNode input, StateEvaluationContext ctx) {
        int configured = maxConcurrency != null ? (int) maxConcurrency.integer(exchange, 0)
                : state.maxConcurrency() == null ? 0 : state.maxConcurrency();
        if (maxConcurrencyPath != null) {
            JsonNode value = maxConcurrencyPath.evaluate(input, ctx);
            if (value != null && value.isTextual() && value.asText().matches("[0-9]{1,9}")) {
                value = Json.MAPPER.getNodeFactory().numberNode(Integer.parseInt(value.asText())); // AWS reads "1" as 1
            }
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
                throw ReferencedNumbers.invalid(exchange, "MaxConcurrencyPath", value, "integer", maxConcurrencyPath);
            }
            configured = value.asInt();
        }
        return configured;
    }

    @Override
    public String toString() {
        return "MapItems[" + state.name() + "]";
    }
}
