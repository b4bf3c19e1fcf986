package dev.stepcamel.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.HistoryEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /console/api/executions/stream?executionArn=...&after=N}: server-sent events that follow one
 * execution. Each message carries the history events written since the last one, the states they
 * changed and the execution's status; the history is read every {@value #TICK_MILLIS} ms, so a Map
 * with a thousand iterations arrives as a few batches a second, not a message per event. The stream
 * ends after the execution has.
 *
 * <p>A Camel route cannot keep a response open, so this one path is a route on the Vert.x router
 * that platform-http serves from: the same port, the same login.
 */
final class LiveStream {
    static final String PATH = "/console/api/executions/stream";
    static final long TICK_MILLIS = 250;
    private static final int MAX_EVENTS_PER_MESSAGE = 2000;

    private final StepFunctionsService service;
    private final ConsoleAuth auth;

    LiveStream(StepFunctionsService service, ConsoleAuth auth) {
        this.service = service;
        this.auth = auth;
    }

    void mount(Router router) {
        router.get(PATH).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (!auth.hostAllowed(context.request().getHeader("Host"))) {
            response.setStatusCode(403).putHeader("Content-Type", ConsoleHttp.JSON)
                    .end(ConsoleHttp.error("AccessDeniedException", "The console answers to loopback names only."));
            return;
        }
        if (!auth.allows(context.request().getHeader("Authorization"))) {
            response.setStatusCode(401).putHeader("WWW-Authenticate", ConsoleAuth.CHALLENGE)
                    .putHeader("Content-Type", ConsoleHttp.JSON)
                    .end(ConsoleHttp.error("AccessDeniedException", "Log in to use the console."));
            return;
        }
        Execution execution;
        try {
            execution = service.describeExecution(context.request().getParam("executionArn"));
        } catch (ApiException e) {
            response.setStatusCode(e.httpStatus()).putHeader("Content-Type", ConsoleHttp.JSON)
                    .end(ConsoleHttp.error(e.type(), e.getMessage()));
            return;
        }
        response.setChunked(true).putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-store").putHeader("X-Accel-Buffering", "no");
        response.write("retry: 2000\n\n");
        new Follower(context.vertx(), response, execution).start(after(context.request().getParam("after")));
    }

    private static int after(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One open stream: reads new events on a timer and writes them as one message per tick. */
    private static final class Follower {
        private final Vertx vertx;
        private final HttpServerResponse response;
        private final Execution execution;
        private final StateRuns runs = new StateRuns();
        private int sent;
        private long timer;

        Follower(Vertx vertx, HttpServerResponse response, Execution execution) {
            this.vertx = vertx;
            this.response = response;
            this.execution = execution;
        }

        /** Starts after the first {@code after} events, which the reader already has. */
        void start(int after) {
            if (execution.history() != null && after > 0) {
                List<HistoryEvent> known = execution.history().since(0, after);
                known.forEach(runs::apply);
                runs.drainChanged();
                sent = known.size();
            }
            response.closeHandler(v -> vertx.cancelTimer(timer));
            tick();
            timer = vertx.setPeriodic(TICK_MILLIS, id -> tick());
        }

        private void tick() {
            if (response.closed() || response.ended()) {
                vertx.cancelTimer(timer);
                return;
            }
            if (response.writeQueueFull()) {
                return; // a slow reader gets the events in later, bigger batches
            }
            boolean ended = !execution.isRunning(); // read before the events, so none is missed
            List<HistoryEvent> events = execution.history() == null ? List.of()
                    : execution.history().since(sent, MAX_EVENTS_PER_MESSAGE);
            sent += events.size();
            events.forEach(runs::apply);
            boolean caughtUp = events.size() < MAX_EVENTS_PER_MESSAGE;
            if (!events.isEmpty() || (ended && caughtUp)) {
                ObjectNode message = Json.MAPPER.createObjectNode();
                message.set("execution", ExecutionJson.summary(execution).put("error", execution.error())
                        .put("cause", execution.cause()).put("output", execution.output()));
                message.set("events", ExecutionJson.events(events));
                message.set("states", runs.drainChanged());
                response.write("data: " + Json.write(message) + "\n\n");
            }
            if (ended && caughtUp) {
                vertx.cancelTimer(timer);
                response.end("event: end\ndata: {}\n\n");
            }
        }
    }
}
