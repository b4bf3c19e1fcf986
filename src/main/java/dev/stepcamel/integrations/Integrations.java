package dev.stepcamel.integrations;

import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.integrations.aws.AwsClients;
import dev.stepcamel.integrations.aws.AwsSettings;
import dev.stepcamel.integrations.aws.AwsTaskResolver;
import dev.stepcamel.integrations.http.HttpTaskResolver;
import java.util.Map;
import org.apache.camel.CamelContext;

/**
 * Every integration a Task can use, in the order they are asked: Lambda functions served by
 * Camel routes or mapped endpoints, nested executions and {@code aws-sdk:sfn}, then AWS services
 * and HTTP. Owns the AWS clients (closed on close).
 */
public final class Integrations implements AutoCloseable {
    private final AwsClients clients;
    private final TaskResolver resolver;

    /**
     * @param context the Camel context routes are added to; {@code null} to validate only
     * @param lambdaEndpoints {@code stepcamel.lambda.<function>} mappings
     * @param awsKeys {@code stepcamel.aws.*} keys without the prefix
     * @param region the runtime's region, used when neither config nor environment names one
     */
    public Integrations(CamelContext context, Map<String, String> lambdaEndpoints, Map<String, String> awsKeys,
            String region) {
        this.clients = new AwsClients(new AwsSettings(awsKeys, System.getenv(), region));
        // Nested executions and aws-sdk:sfn are served by this runtime's own API, not by AWS.
        this.resolver = new TaskResolvers(new LambdaTaskResolver(context, lambdaEndpoints), new StatesTaskResolver(),
                new AwsTaskResolver(context, clients), new HttpTaskResolver(context));
    }

    /** The AWS clients, built on first use (also by triggers that watch S3 or SQS). */
    public AwsClients awsClients() {
        return clients;
    }

    public TaskResolver resolver() {
        return resolver;
    }

    @Override
    public void close() {
        clients.close();
    }
}
