package dev.stepcamel.api.http;

import dev.stepcamel.api.StepFunctionsService;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.RouteBuilder;

/**
 * The HTTP routes of the Step Functions API, on Camel's platform-http server (configure it with
 * {@code camel.server.*}). Add an instance to Camel Main: {@code main.configure().addRoutesBuilder(...)}.
 */
public final class StepFunctionsApiRoutes extends RouteBuilder {
    private final StepFunctionsService service;

    public StepFunctionsApiRoutes(StepFunctionsService service) {
        this.service = service;
    }

    @Override
    public void configure() throws Exception {
        JsonProtocolProcessor protocol = new JsonProtocolProcessor(service);
        from("platform-http:/?httpMethodRestrict=POST").routeId("stepcamel-api")
                .convertBodyTo(String.class)
                .process(protocol);
        getContext().addStartupListener(new StartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
                new LongWaitHandler(protocol).install(context);
            }
        });
        from("platform-http:/stepcamel/health?httpMethodRestrict=GET").routeId("stepcamel-health")
                .process(e -> Responses.write(e, 200, "application/json", "{\"status\":\"UP\"}"));
        from("platform-http:/stepcamel/routes/{machineName}?httpMethodRestrict=GET").routeId("stepcamel-routes")
                .process(new RoutesYamlProcessor(service));
    }
}
