package dev.stepcamel.triggers;

import org.apache.camel.builder.RouteBuilder;

/**
 * A plain REST way to start an execution, beside the Step Functions API: the request body is the
 * input. {@code POST /stepcamel/start/<machine>} answers 202 with the execution's ARN at once;
 * {@code POST /stepcamel/start/<machine>/sync} waits and answers 200 with the output, or 500 with
 * the error and cause when the execution did not succeed. An unknown machine is 404, input that
 * is not JSON 400. A form post ({@code application/x-www-form-urlencoded}) becomes a JSON object of
 * its fields, so an HTML form can start a workflow.
 */
public final class RestTriggerRoutes extends RouteBuilder {
    private final ExecutionStarter starter;

    public RestTriggerRoutes(ExecutionStarter starter) {
        this.starter = starter;
    }

    @Override
    public void configure() {
        from("platform-http:/stepcamel/start/{machine}?httpMethodRestrict=POST").routeId("stepcamel-start")
                .process(new RestStart(starter, false));
        from("platform-http:/stepcamel/start/{machine}/sync?httpMethodRestrict=POST").routeId("stepcamel-start-sync")
                .process(new RestStart(starter, true));
    }
}
