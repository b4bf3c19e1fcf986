package dev.stepcamel.api.http;

import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.integrations.StatesTaskResolver;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/**
 * Serves {@code arn:aws:states:::aws-sdk:sfn:<action>} Tasks: one {@code direct:} route per
 * action, answered by the same action table as the HTTP API.
 */
public final class SdkSfnRoutes extends RouteBuilder {
    private final StepFunctionsService service;

    public SdkSfnRoutes(StepFunctionsService service) {
        this.service = service;
    }

    @Override
    public void configure() {
        Map<String, Action> table = JsonProtocolProcessor.table(service);
        for (String action : StatesTaskResolver.SDK_ACTIONS) {
            String name = Character.toUpperCase(action.charAt(0)) + action.substring(1);
            from(StatesTaskResolver.sdkEndpoint(action)).routeId("stepcamel-aws-sdk-sfn-" + action)
                    .process(new SdkSfnCall(name, table.get(name)));
        }
    }
}
