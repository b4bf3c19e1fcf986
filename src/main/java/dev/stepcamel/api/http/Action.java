package dev.stepcamel.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** One AWS action: reads the request, answers AWS's response object (possibly later). */
interface Action {
    CompletionStage<ObjectNode> handle(Request request);

    /** An action that answers at once. */
    static Action now(java.util.function.Function<Request, ObjectNode> body) {
        return request -> CompletableFuture.completedFuture(body.apply(request));
    }
}
