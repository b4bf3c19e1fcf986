package dev.stepcamel.compile.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.model.MapState;
import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonPathExpression;
import dev.stepcamel.data.PayloadTemplate;
import dev.stepcamel.data.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * A Distributed Map's ItemReader: its Parameters (Arguments in JSONata) are evaluated against the state input, the
 * source reads the object, and ReaderConfig turns it into items: {@code InputType} JSON (an
 * array) or CSV ({@code CSVHeaderLocation} FIRST_ROW or GIVEN with {@code CSVHeaders}; missing
 * cells are empty strings, extra cells dropped), capped by {@code MaxItems}/{@code MaxItemsPath}
 * (0 means all; at most 100,000,000).
 */
public final class ItemReaderStep {
    private static final long MAX_ITEMS = 100_000_000L;

    private final ItemSource source;
    private final PayloadTemplate parameters;
    private final JsonataTemplate arguments;
    private final JsonNode config;
    private final JsonPathExpression maxItemsPath;
    private final JsonataField maxItemsExpression;

    private ItemReaderStep(ItemSource source, JsonNode reader, boolean jsonata) {
        this.source = source;
        // A JSONata state's reader takes Arguments, evaluated like a Task's.
        this.parameters = jsonata ? null : PayloadTemplate.compile(reader.path("Parameters"));
        this.arguments = jsonata ? JsonataTemplate.compile("Arguments", reader.path("Arguments")) : null;
        this.config = reader.path("ReaderConfig");
        this.maxItemsPath = config.hasNonNull("MaxItemsPath")
                ? JsonPathExpression.compile(config.get("MaxItemsPath").asText()) : null;
        this.maxItemsExpression = jsonata && JsonataTemplate.isExpression(config.get("MaxItems"))
                ? JsonataField.of("MaxItems", config.get("MaxItems")) : null;
    }

    /** The reader of a Map state, or {@code null} when it has none; an unsupported resource fails here. */
    public static ItemReaderStep of(MapState state, TaskResolver resolver) {
        JsonNode reader = state.itemReader();
        if (reader == null || reader.isNull()) {
            return null;
        }
        String resource = reader.path("Resource").asText();
        ItemSource source = resolver.itemSource(resource);
        if (source == null) {
            throw new IllegalArgumentException("unsupported ItemReader resource '" + resource + "' in state '"
                    + state.name() + "'");
        }
        return new ItemReaderStep(source, reader, state.dataFlow().isJsonata());
    }

    JsonNode read(Exchange exchange, JsonNode input, StateEvaluationContext ctx) {
        JsonNode request = arguments != null ? JsonataStep.evaluate(exchange, arguments, false)
                : parameters.evaluate(input, ctx);
        JsonNode read = source.read(request);
        long max = maxItems(exchange, input, ctx);
        ArrayNode items;
        if (read.isArray()) {
            items = (ArrayNode) read;
        } else if ("CSV".equals(config.path("InputType").asText())) {
            items = csv(read.asText());
        } else {
            try {
                JsonNode parsed = Json.parse(read.asText());
                if (!parsed.isArray()) {
                    throw StateErrors.runtime(exchange, "Attempting to map over non-iterable node.");
                }
                items = (ArrayNode) parsed;
            } catch (JsonProcessingException e) {
                throw StateErrors.runtime(exchange, "The ItemReader could not read JSON: " + e.getOriginalMessage());
            }
        }
        while (max > 0 && items.size() > max) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private long maxItems(Exchange exchange, JsonNode input, StateEvaluationContext ctx) {
        long max = maxItemsExpression != null ? maxItemsExpression.integer(exchange, 0)
                : config.path("MaxItems").asLong(0);
        if (maxItemsPath != null) {
            max = ReferencedNumbers.wholeNumber(exchange, "MaxItemsPath", maxItemsPath, input, ctx, 0);
        }
        return Math.min(max, MAX_ITEMS);
    }

    private ArrayNode csv(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> headers = new ArrayList<>();
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText())) {
            config.path("CSVHeaders").forEach(h -> headers.add(h.asText()));
        } else if (!lines.isEmpty()) {
            headers.addAll(List.of(lines.remove(0).split(",", -1)));
        }
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            ObjectNode item = items.addObject();
            for (int i = 0; i < headers.size(); i++) {
                item.put(headers.get(i), i < cells.length ? cells[i] : "");
            }
        }
        return items;
    }
}
