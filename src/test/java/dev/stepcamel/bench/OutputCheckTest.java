package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1,\"b\":[1,2]}     | {\"b\":[1,2],\"a\":1}",
            "{\"n\":2}                 | {\"n\":2.0}",
            "[{\"x\":9.5}]             | [{\"x\":9.50}]",
            "{\"big\":10000000000}     | {\"big\":1E10}"})
    void equalJsonPasses(String output, String expected) throws Exception {
        assertThat(OutputCheck.outputProblem(output, Json.parse(expected))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1}           | {\"a\":2}",
            "{\"a\":1}           | {\"a\":\"1\"}",
            "{\"a\":1,\"b\":2}   | {\"a\":1}",
            "[1,2]               | [2,1]",
            "null                | {}",
            "not json            | {}"})
    void differentJsonIsReported(String output, String expected) throws Exception {
        JsonNode wanted = Json.parse(expected);
        assertThat(OutputCheck.outputProblem(output, wanted)).isNotNull();
    }
}
