package dev.stepcamel.cli;

import dev.stepcamel.app.StepcamelApplication;
import dev.stepcamel.config.StepcamelConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Serve the Step Functions API and run the workflows in the routes directory.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(options.routes)) {
            System.err.println("stepcamel: the routes directory " + options.routes.toAbsolutePath()
                    + " does not exist; name one with --routes");
            return 2;
        }
        StepcamelConfig config;
        try {
            config = options.load();
        } catch (IllegalArgumentException e) {
            System.err.println("stepcamel: " + e.getMessage());
            return 2;
        }
        StepcamelApplication app;
        try {
            app = StepcamelApplication.start(config);
        } catch (IllegalStateException e) {
            System.err.println("stepcamel: " + e.getMessage());
            return 1;
        }
        System.out.println("Stepcamel listening on http://" + config.host() + ":" + config.port()
                + " (state machines from " + config.routesDir() + ")");
        app.awaitShutdown();
        return 0;
    }
}
