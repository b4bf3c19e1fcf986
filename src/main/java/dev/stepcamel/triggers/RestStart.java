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
        String input = input(exchange.getMessage().getBody());
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

    /** The request body as input text: JSON as sent; a form's fields as a JSON object. */
    private static String input(Object body) {
        if (body instanceof java.util.Map<?, ?> form) {
            if (form.size() == 1 && String.valueOf(form.values().iterator().next()).isEmpty()) {
                // curl -d '{...}' without a Content-Type posts the JSON as a form's only field name
                String only = String.valueOf(form.keySet().iterator().next()).trim();
                if (only.startsWith("{") || only.startsWith("[")) {
                    return only;
                }
            }
            ObjectNode fields = Json.MAPPER.createObjectNode();
            form.forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
            return Json.write(fields);
        }
        String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : body == null ? null : body.toString();
        return text == null || text.isBlank() ? "{}" : text;
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
