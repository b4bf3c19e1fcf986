package dev.stepcamel.integrations;

import dev.stepcamel.compile.TaskBinding;
import dev.stepcamel.compile.TaskBinding.ResultShape;
import dev.stepcamel.compile.TaskResolver;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * Resolves Lambda resources to Camel endpoints: a function is the endpoint mapped to its name
 * in config ({@code stepcamel.lambda.<name>=<uri>}), else the route whose id is its name.
 */
public final class LambdaTaskResolver implements TaskResolver {
    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    private static final Pattern FUNCTION_ARN =
            Pattern.compile("^arn:aws[a-zA-Z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(:[^:]+)?$");
    private static final Pattern PARTIAL_ARN = Pattern.compile("^(?:[0-9]{12}:)?function:([^:]+)(:[^:]+)?$");

    private final CamelContext context;
    private final Map<String, String> mappedEndpoints;

    public LambdaTaskResolver(CamelContext context, Map<String, String> mappedEndpoints) {
        this.context = context;
        this.mappedEndpoints = Map.copyOf(mappedEndpoints);
    }

    @Override
    public TaskBinding bind(String resource) {
        if (LAMBDA_INVOKE.equals(resource)) {
            return new TaskBinding(null, ResultShape.LAMBDA_INVOKE, "lambda", "invoke");
        }
        if (FUNCTION_ARN.matcher(resource).matches()) {
            return new TaskBinding(null, ResultShape.RAW, null, resource);
        }
        return null;
    }

    /** Whether {@code resource} is one this resolver handles (for validation). */
    public boolean supports(String resource) {
        return bind(resource) != null;
    }

    @Override
    public String functionEndpoint(String functionNameOrArn) {
        String name = functionName(functionNameOrArn);
        String mapped = mappedEndpoints.get(name);
        if (mapped != null) {
            return mapped;
        }
        Route route = context.getRoute(name);
        return route == null ? null : route.getEndpoint().getEndpointUri();
    }

    /** The bare function name of a name, a full ARN or a partial ARN, without qualifier. */
    static String functionName(String nameOrArn) {
        Matcher full = FUNCTION_ARN.matcher(nameOrArn);
        if (full.matches()) {
            return full.group(1);
        }
        Matcher partial = PARTIAL_ARN.matcher(nameOrArn);
        if (partial.matches()) {
            return partial.group(1);
        }
        int colon = nameOrArn.indexOf(':');
        return colon > 0 ? nameOrArn.substring(0, colon) : nameOrArn;
    }
}
