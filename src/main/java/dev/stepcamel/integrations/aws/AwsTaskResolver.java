package dev.stepcamel.integrations.aws;

import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskBinding.ResultShape;
import dev.stepcamel.compile.TaskResolver;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
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
            ensureRoute(op.routeId(), uri, () -> new AwsCall(op, clients));
        }
        return new TaskBinding(uri, ResultShape.RAW, op.historyResourceType(), op.action());
    }

    /** Adds the route {@code id} serving {@code uri} with the processor {@code call} unless it exists. */
    private synchronized void ensureRoute(String id, String uri, java.util.function.Supplier<Processor> call) {
        if (context.getRoute(id) != null) {
            return;
        }
        try {
            context.addRoutes(new CallRoute(uri, id, call.get()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the route for " + id, e);
        }
    }

    /**
     * A function no local route serves, invoked on AWS Lambda when {@code stepcamel.aws.lambda.remote}
     * is set: one route per function a workflow calls.
     */
    @Override
    public String functionEndpoint(String functionNameOrArn) {
        if (context == null || !clients.remoteLambda()) {
            return null;
        }
        String id = "aws-lambda-" + functionNameOrArn.replaceAll("[^A-Za-z0-9_-]", "_");
        String uri = "direct:stepcamel-" + id;
        ensureRoute(id, uri, () -> new LambdaCall(functionNameOrArn, clients));
        return uri;
    }

    @Override
    public ItemSource itemSource(String resource) {
        return switch (resource) {
            case "arn:aws:states:::s3:getObject" -> new S3ItemSource(clients, false);
            case "arn:aws:states:::s3:listObjectsV2" -> new S3ItemSource(clients, true);
            default -> null;
        };
    }

    /** The route serving one AWS action or one remote Lambda function. */
    static final class CallRoute extends RouteBuilder {
        private final String uri;
        private final String id;
        private final Processor call;

        CallRoute(String uri, String id, Processor call) {
            this.uri = uri;
            this.id = id;
            this.call = call;
        }

        @Override
        public void configure() {
            // Failures are ASL errors for the Task's Retry/Catch, not for Camel's error handler to log.
            errorHandler(noErrorHandler());
            from(uri).routeId(id).process(call).id(id + "-call");
        }
    }
}
