package dev.stepcamel.integrations;

import dev.stepcamel.compile.ItemSource;
import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskResolver;
import java.util.List;

/** Asks each integration in turn; the first that binds a resource serves it. */
public final class TaskResolvers implements TaskResolver {
    private final List<TaskResolver> resolvers;

    public TaskResolvers(TaskResolver... resolvers) {
        this.resolvers = List.of(resolvers);
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
