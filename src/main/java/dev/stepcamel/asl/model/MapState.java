package dev.stepcamel.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code Type: Map}. The deprecated {@code Iterator}/{@code Parameters} pair is parsed into
 * {@code itemProcessor}/{@code itemSelector}, so the rest of the runtime sees one shape.
 * Optional numbers are {@code null} when absent; reader, batcher and writer stay raw JSON.
 */
public record MapState(String name, String comment, DataFlow dataFlow, String itemsPath, JsonNode itemSelector,
        StateGraph itemProcessor, ProcessorMode mode, String executionType, Integer maxConcurrency,
        String maxConcurrencyPath, Double toleratedFailurePercentage, String toleratedFailurePercentagePath,
        Integer toleratedFailureCount, String toleratedFailureCountPath, JsonNode itemReader,
        JsonNode itemBatcher, JsonNode resultWriter, String label, List<Retrier> retry, List<Catcher> catchers,
        Transition transition) implements State {

    public enum ProcessorMode { INLINE, DISTRIBUTED }

    @Override
    public String type() {
        return "Map";
    }
}
