package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.compile.BranchScope;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.Json;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.PendingEvent;
import dev.stepcamel.compile.ResumePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.camel.Exchange;

/** Typed access to what the compiled routes keep on an exchange. */
public final class Steps {
    private Steps() {
    }

    public static ExecutionRun run(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.RUN, ExecutionRun.class);
    }

    public static StateVisit visit(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.VISIT, StateVisit.class);
    }

    public static BranchScope scope(Exchange exchange) {
        BranchScope scope = exchange.getProperty(ExchangeKeys.SCOPE, BranchScope.class);
        return scope == null ? BranchScope.TOP : scope;
    }

    public static JsonNode body(Exchange exchange) {
        JsonNode body = exchange.getMessage().getBody(JsonNode.class);
        return body == null ? NullNode.getInstance() : body;
    }

    public static void setBody(Exchange exchange, JsonNode body) {
        exchange.getMessage().setBody(body);
    }

    /** Puts back the variables of a frame resumed at {@code point} after a restart (see {@link ResumePoint#variables()}). */
    public static void restoreVariables(Exchange exchange, ResumePoint point) {
        Variables.restore(exchange, point.variables());
    }

    public static JsonNode stateInput(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.STATE_INPUT, JsonNode.class);
    }

    /** Records an event; {@code details} is built only when the execution keeps history. */
    static long record(Exchange exchange, String type, Consumer<ObjectNode> details) {
        return record(exchange, type, details, null);
    }

    /**
     * Records an event after which the exchange's frame stands at {@code checkpoint} (built only
     * for durable runs), together with any events held back on the exchange.
     */
    static long record(Exchange exchange, String type, Consumer<ObjectNode> details,
            Function<String, Checkpoint> checkpoint) {
        ExecutionRun run = run(exchange);
        if (run == null) {
            return 0;
        }
        ObjectNode node = details(exchange, run, details);
        if (!run.isDurable()) {
            return run.record(type, node);
        }
        return run.record(takeHeld(exchange), type, node, checkpoint == null ? null : checkpoint.apply(frame(exchange)));
    }

    /**
     * Records an event that must not reach the durable log before the frame's next checkpoint
     * (TaskSucceeded before StateExited): a durable run holds it on the exchange until then.
     */
    static void hold(Exchange exchange, String type, Consumer<ObjectNode> details) {
        ExecutionRun run = run(exchange);
        if (run == null) {
            return;
        }
        if (!run.isDurable()) {
            run.record(type, details(exchange, run, details));
            return;
        }
        @SuppressWarnings("unchecked")
        List<PendingEvent> held = exchange.getProperty(ExchangeKeys.HELD, List.class);
        if (held == null) {
            held = new ArrayList<>(2);
            exchange.setProperty(ExchangeKeys.HELD, held);
        }
        held.add(new PendingEvent(type, details(exchange, run, details), run.services().clock().instant()));
    }

    /** Stores a checkpoint no event marks, with the events held back on the exchange. */
    static void checkpoint(Exchange exchange, Function<String, Checkpoint> checkpoint) {
        ExecutionRun run = run(exchange);
        if (run != null && run.isDurable()) {
            run.checkpoint(takeHeld(exchange), checkpoint.apply(frame(exchange)));
        }
    }

    /** The events held back on the exchange, now removed from it. */
    @SuppressWarnings("unchecked")
    public static List<PendingEvent> takeHeld(Exchange exchange) {
        List<PendingEvent> held = exchange.getProperty(ExchangeKeys.HELD, List.class);
        if (held == null) {
            return List.of();
        }
        exchange.removeProperty(ExchangeKeys.HELD);
        return held;
    }

    static String frame(Exchange exchange) {
        return scope(exchange).frame();
    }

    /** The event's details, marked when recorded inside a Distributed Map's item (see {@link MapRuns#mark}). */
    private static ObjectNode details(Exchange exchange, ExecutionRun run, Consumer<ObjectNode> details) {
        if (!run.keepsHistory()) {
            return null;
        }
        ObjectNode node = null;
        if (details != null) {
            node = Json.MAPPER.createObjectNode();
            details.accept(node);
        }
        return MapRuns.mark(exchange, node);
    }

    static ObjectNode truncatedFalse() {
        return Json.MAPPER.createObjectNode().put("truncated", false);
    }
}
