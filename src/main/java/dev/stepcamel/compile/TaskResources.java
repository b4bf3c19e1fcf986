package dev.stepcamel.compile;

import java.util.regex.Pattern;

/**
 * Reads a Task's {@code Resource} beyond what one integration knows: activity ARNs, and the
 * {@code .waitForTaskToken} suffix that any service integration under {@code arn:aws:states:::}
 * may carry (the integration only sends the request; waiting for the token is the runtime's).
 */
public final class TaskResources {
    public static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";
    private static final String SERVICE_PREFIX = "arn:aws:states:::";
    private static final Pattern ACTIVITY = Pattern.compile("^arn:aws[a-zA-Z-]*:states:[^:]*:[0-9]{12}:activity:[^:]+$");

    private TaskResources() {
    }

    public static boolean isActivity(String resource) {
        return ACTIVITY.matcher(resource).matches();
    }

    public static boolean waitsForTaskToken(String resource) {
        return resource.startsWith(SERVICE_PREFIX) && resource.endsWith(WAIT_FOR_TASK_TOKEN);
    }

    /**
     * The binding of {@code resource}, or {@code null} when nothing serves it. For a
     * {@code .waitForTaskToken} resource it is the base integration's, with the suffix kept in the
     * resource name that history events show.
     */
    public static TaskBinding bind(TaskResolver resolver, String resource) {
        if (isActivity(resource)) {
            return new TaskBinding(null, TaskBinding.ResultShape.RAW, "activity", resource);
        }
        if (!waitsForTaskToken(resource)) {
            return resolver.bind(resource);
        }
        String base = resource.substring(0, resource.length() - WAIT_FOR_TASK_TOKEN.length());
        TaskBinding binding = resolver.bind(base);
        return binding == null ? null : new TaskBinding(binding.endpointUri(), binding.shape(),
                binding.resourceType(), binding.resource() + WAIT_FOR_TASK_TOKEN);
    }
}
