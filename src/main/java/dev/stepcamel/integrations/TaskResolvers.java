package dev.stepcamel.integrations;

import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskResolver;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;

/** Asks each integration in turn; the first that binds a resource serves it. */
public final class TaskResolvers implements TaskResolver {
    private final List<TaskResolver> resolvers;

    public TaskResolvers(TaskResolver... resolvers) {
        this.resolvers = List.of(resolvers);
    }

    /** Lambda (Camel routes or mapped endpoints) and nested executions / {@code aws-sdk:sfn}. */
    public static TaskResolvers standard(CamelContext context, Map<String, String> lambdaEndpoints) {
        return new TaskResolvers(new LambdaTaskResolver(context, lambdaEndpoints), new StatesTaskResolver());
    }

    @Override
    public TaskBinding bind(String resource) {
        for (TaskResolver resolver : resolvers) {
            TaskBinding binding = resolver.bind(resource);
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }

    @Override
    public String functionEndpoint(String functionNameOrArn) {
        for (TaskResolver resolver : resolvers) {
            String endpoint = resolver.functionEndpoint(functionNameOrArn);
            if (endpoint != null) {
                return endpoint;
            }
        }
        return null;
    }

    @Override
    public ItemSource itemSource(String resource) {
        for (TaskResolver resolver : resolvers) {
            ItemSource source = resolver.itemSource(resource);
            if (source != null) {
                return source;
            }
        }
        return null;
    }
}
