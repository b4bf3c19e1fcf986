package dev.stepcamel.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;

/** Starts an execution from a REST request; the synchronous variant answers when it has ended. */
final class RestStart extends AsyncProcessorSupport {
    private final ExecutionStarter starter;
    private final boolean sync;

    RestStart(ExecutionStarter starter, boolean sync) {
        this.starter = starter;
        this.sync = sync;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String machine = exchange.getMessage().getHeader("machine", String.class);
        String body = exchange.getMessage().getBody(String.class);
        String input = body == null || body.isBlank() ? "{}" : body;
        try {
            if (!sync) {
                Execution execution = starter.start(machine, null, input);
                ObjectNode answer = Json.MAPPER.createObjectNode().put("executionArn", execution.executionArn())
                        .put("startDate", execution.startDate().toString());
                write(exchange, 202, Json.write(answer));
                callback.done(true);
                return true;
            }
            starter.startAndWait(machine, input).whenComplete((execution, failure) -> {
                if (failure != null) {
                    write(exchange, 500, error("States.Runtime", failure.getMessage()));
                } else if (execution.status() == ExecutionStatus.SUCCEEDED) {
                    write(exchange, 200, execution.output());
                } else {
                    ObjectNode answer = Json.MAPPER.createObjectNode().put("executionArn", execution.executionArn())
                            .put("status", execution.status().name()).put("error", execution.error())
                            .put("cause", execution.cause());
                    write(exchange, 500, Json.write(answer));
                }
                callback.done(false);
            });
            return false;
        } catch (ApiException e) {
            int status = e.type().equals("StateMachineDoesNotExist") ? 404 : e.httpStatus();
            write(exchange, status, error(e.type(), e.getMessage()));
            callback.done(true);
            return true;
        }
    }

    private static String error(String type, String message) {
        return Json.write(Json.MAPPER.createObjectNode().put("error", type).put("message", message));
    }

    private static void write(Exchange exchange, int status, String body) {
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(body);
    }
}
