package dev.stepcamel.console;

import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.config.ConsoleAccess;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * The web console, served by the runtime on its own port at {@code /console}. Add {@link #routes()}
 * to Camel Main before it starts, and call {@link #mountLiveStream(CamelContext)} once it has.
 */
public final class Console {
    private final ConsoleAuth auth;
    private final StepFunctionsService service;
    private final ConsoleRoutes routes;

    /**
     * @param files machine name to the workflow file in {@code routes/} it was loaded from
     * @param roleArn role ARN of machines created from the console
     * @param host the address the server listens on
     */
    public Console(StepFunctionsService service, ConsoleAccess access, Map<String, Path> files, String roleArn,
            String host) {
        this.auth = new ConsoleAuth(access, isLoopback(host));
        this.service = service;
        this.routes = new ConsoleRoutes(auth, new MachineViews(service, files, roleArn), new ExecutionViews(service));
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public RoutesBuilder routes() {
        return routes;
    }

    /** Adds the server-sent events path to the router platform-http serves from. */
    public void mountLiveStream(CamelContext context, int port) {
        Router router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            router = VertxPlatformHttpRouter.lookup(context);
        }
        if (router == null) {
            throw new IllegalStateException("the platform-http Vert.x router is not running");
        }
        new LiveStream(service, auth).mount(router);
    }
}
