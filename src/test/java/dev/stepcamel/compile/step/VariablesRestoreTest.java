package dev.stepcamel.compile.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.data.Json;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** A frame's variables put back after a restart: its own over its parent's, with the size total counted again. */
class VariablesRestoreTest {
    private static final DefaultCamelContext CONTEXT = new DefaultCamelContext();

    @Test
    void ownAssignmentsGoOverTheParentsAndTheTotalIsCountedAgain() {
        Exchange exchange = new DefaultExchange(CONTEXT);
        exchange.setProperty(ExchangeKeys.VARIABLES, Map.of("a", IntNode.valueOf(1), "b", TextNode.valueOf("x")));

        Variables.restore(exchange, Map.of("b", TextNode.valueOf("yyy"), "c", Json.MAPPER.createArrayNode().add(7)));

        assertThat(Variables.current(exchange)).containsOnlyKeys("a", "b", "c");
        assertThat(Variables.current(exchange).get("b").asText()).isEqualTo("yyy");
        assertThat(exchange.getProperty(ExchangeKeys.VARIABLES_BYTES, Long.class))
                .isEqualTo("1".length() + "\"yyy\"".length() + "[7]".length());
    }

    @Test
    void theRestoredTotalStillCountsTowardsTheExecutionLimit() {
        Exchange exchange = new DefaultExchange(CONTEXT);
        Map<String, JsonNode> own = new HashMap<>();
        String quarterMiB = "v".repeat(250 * 1024);
        for (int i = 0; i < 40; i++) {
            own.put("v" + i, TextNode.valueOf(quarterMiB)); // 40 x 250 KiB: just under 10 MiB
        }
        Variables.restore(exchange, own);
        assertThat(exchange.getProperty(ExchangeKeys.VARIABLES_BYTES, Long.class)).isEqualTo(40L * (250 * 1024 + 2));

        Variables.stage(exchange, Json.MAPPER.createObjectNode().put("one more", quarterMiB));
        assertThatThrownBy(() -> Variables.commit(exchange)).isInstanceOf(AslException.class)
                .hasMessageContaining("total size exceeding");
    }

    @Test
    void nothingToRestoreLeavesTheExchangeAlone() {
        Exchange exchange = new DefaultExchange(CONTEXT);
        Variables.restore(exchange, Map.of());
        assertThat(exchange.getProperty(ExchangeKeys.VARIABLES)).isNull();
        assertThat(exchange.getProperty(ExchangeKeys.VARIABLES_BYTES)).isNull();
    }
}
