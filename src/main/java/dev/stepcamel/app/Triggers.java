package dev.stepcamel.app;

import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.config.StepcamelConfig;
import dev.stepcamel.integrations.aws.AwsClients;
import dev.stepcamel.triggers.ExecutionStarter;
import dev.stepcamel.triggers.RestTriggerRoutes;
import dev.stepcamel.triggers.TriggerRoutes;
import dev.stepcamel.triggers.TriggerSettings;
import org.apache.camel.main.BaseMainSupport;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Adds the REST trigger and the triggers declared in config to Camel Main. */
final class Triggers {
    private Triggers() {
    }

    static void wire(BaseMainSupport support, StepFunctionsService service, AwsClients aws, StepcamelConfig config) {
        TriggerSettings settings = TriggerSettings.from(config.triggerKeys(), config.dataDir());
        ExecutionStarter starter = new ExecutionStarter(service, config.region(), config.account());
        var registry = support.getCamelContext().getRegistry();
        // A supplier: the client is built only when a trigger's endpoint asks for it.
        registry.bind(TriggerRoutes.SQS_CLIENT, SqsClient.class, aws::sqs);
        support.configure().addRoutesBuilder(new RestTriggerRoutes(starter));
        support.configure().addRoutesBuilder(new TriggerRoutes(settings, starter, config.region(), aws::s3));
    }
}
