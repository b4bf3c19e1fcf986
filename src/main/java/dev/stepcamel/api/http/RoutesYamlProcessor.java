package dev.stepcamel.api.http;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** {@code GET /stepcamel/routes/{machineName}}: the Camel YAML a machine compiled to. */
final class RoutesYamlProcessor implements Processor {
    private final StepFunctionsService service;

    RoutesYamlProcessor(StepFunctionsService service) {
        this.service = service;
    }

    @Override
    public void process(Exchange exchange) {
        String name = exchange.getMessage().getHeader("machineName", String.class);
        try {
            Responses.write(exchange, 200, "text/yaml", service.routesYaml(name));
        } catch (ApiException e) {
            String body = Shapes.object().put("__type", e.type()).put("message", e.getMessage()).toString();
            Responses.write(exchange, 404, JsonProtocolProcessor.CONTENT_TYPE, body);
        }
    }
}
