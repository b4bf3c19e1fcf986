package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Answers the actions that wait (GetActivityTask's long poll, StartSyncExecution) on the HTTP
 * server's own router, ahead of the Camel platform-http route. That route runs each request on a
 * Vert.x worker thread and blocks it until the exchange completes, so twenty long polls would hold
 * the whole worker pool and every other request would queue behind them for up to a minute. Here
 * a waiting request holds no thread: it is answered when its future completes.
 */
final class LongWaitHandler {
    static final Set<String> WAITING_ACTIONS = Set.of(JsonProtocolProcessor.TARGET_PREFIX + "GetActivityTask",
            JsonProtocolProcessor.TARGET_PREFIX + "StartSyncExecution");

    private final JsonProtocolProcessor protocol;

    LongWaitHandler(JsonProtocolProcessor protocol) {
        this.protocol = protocol;
    }

    /** Puts the handler in front of the platform-http routes of the context's HTTP server(s), if any. */
    void install(CamelContext context) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.route(HttpMethod.POST, "/").order(-10).handler(this::route);
        }
    }

    private void route(RoutingContext ctx) {
        String target = ctx.request().getHeader("X-Amz-Target");
        if (target == null || !WAITING_ACTIONS.contains(target)) {
            ctx.next();
            return;
        }
        ctx.request().body().onComplete(read -> {
            if (read.failed()) {
                ctx.fail(read.cause());
                return;
            }
            CompletableFuture<ObjectNode> answer = protocol.dispatch(target, read.result().toString())
                    .toCompletableFuture();
            answer.whenComplete((ok, failed) -> {
                JsonProtocolProcessor.Reply reply = JsonProtocolProcessor.reply(answer);
                ctx.response().setStatusCode(reply.status())
                        .putHeader("Content-Type", JsonProtocolProcessor.CONTENT_TYPE).end(reply.body());
            });
        });
    }
}
