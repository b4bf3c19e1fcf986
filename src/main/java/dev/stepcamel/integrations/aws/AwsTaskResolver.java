package dev.stepcamel.integrations.aws;

import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskBinding.ResultShape;
import dev.stepcamel.compile.TaskResolver;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * Binds AWS service resources to Camel routes, one route per action a loaded workflow uses
 * ({@code direct:stepcamel-aws-...}), each calling the service through {@link AwsClients}.
 * Without a Camel context (validation only) it only says which resources are supported.
 */
public final class AwsTaskResolver implements TaskResolver {
    private final CamelContext context;
    private final AwsClients clients;

    public AwsTaskResolver(CamelContext context, AwsClients clients) {
        this.context = context;
        this.clients = clients;
    }

    @Override
    public TaskBinding bind(String resource) {
        Optional<AwsOperation> operation = AwsOperation.of(resource);
        if (operation.isEmpty()) {
            return null;
        }
        AwsOperation op = operation.get();
        String uri = "direct:stepcamel-" + op.routeId();
        if (context != null) {
            ensureRoute(op, uri);
        }
        return new TaskBinding(uri, ResultShape.RAW, op.historyResourceType(), op.action());
    }

    private synchronized void ensureRoute(AwsOperation operation, String uri) {
        if (context.getRoute(operation.routeId()) != null) {
            return;
        }
        try {
            context.addRoutes(new AwsRoute(uri, operation, new AwsCall(operation, clients)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the route for " + operation.routeId(), e);
        }
    }

    @Override
    public String functionEndpoint(String functionNameOrArn) {
        return null;
    }

    @Override
    public ItemSource itemSource(String resource) {
        return switch (resource) {
            case "arn:aws:states:::s3:getObject" -> new S3ItemSource(clients, false);
            case "arn:aws:states:::s3:listObjectsV2" -> new S3ItemSource(clients, true);
            default -> null;
        };
    }

    /** The route serving one AWS action. */
    static final class AwsRoute extends RouteBuilder {
        private final String uri;
        private final AwsOperation operation;
        private final AwsCall call;

        AwsRoute(String uri, AwsOperation operation, AwsCall call) {
            this.uri = uri;
            this.operation = operation;
            this.call = call;
        }

        @Override
        public void configure() {
            // Failures are ASL errors for the Task's Retry/Catch, not for Camel's error handler to log.
            errorHandler(noErrorHandler());
            from(uri).routeId(operation.routeId()).process(call).id(operation.routeId() + "-call");
        }
    }
}
