package dev.stepcamel.integrations.http;

import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskBinding.ResultShape;
import dev.stepcamel.compile.TaskResolver;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * The HTTP Task ({@code arn:aws:states:::http:invoke}): one route that builds the request from
 * the Task's Parameters, calls it with Camel's HTTP component, and answers in AWS's shape.
 */
public final class HttpTaskResolver implements TaskResolver {
    static final String RESOURCE = "arn:aws:states:::http:invoke";
    static final String ROUTE_ID = "http-invoke";
    private static final String URI = "direct:stepcamel-http-invoke";

    private final CamelContext context;

    public HttpTaskResolver(CamelContext context) {
        this.context = context;
    }

    @Override
    public TaskBinding bind(String resource) {
        if (!RESOURCE.equals(resource)) {
            return null;
        }
        if (context != null) {
            ensureRoute();
        }
        return new TaskBinding(URI, ResultShape.RAW, "http", "invoke");
    }

    private synchronized void ensureRoute() {
        if (context.getRoute(ROUTE_ID) == null) {
            try {
                context.addRoutes(new HttpInvokeRoute());
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the HTTP Task route", e);
            }
        }
    }

    @Override
    public String functionEndpoint(String functionNameOrArn) {
        return null;
    }

    /** Request, call (status codes are judged by {@link HttpResult}, not by the component), result. */
    static final class HttpInvokeRoute extends RouteBuilder {
        @Override
        public void configure() {
            errorHandler(noErrorHandler());
            from(URI).routeId(ROUTE_ID)
                    .process(new HttpRequest()).id("http-invoke-request")
                    .doTry()
                        .to("http://stepcamel-http-task?throwExceptionOnFailure=false&connectTimeout=60000"
                                + "&responseTimeout=60000").id("http-invoke-call")
                    .doCatch(java.io.IOException.class)
                        .process(HttpResult::socketError)
                    .end()
                    .process(new HttpResult()).id("http-invoke-result");
        }
    }
}
