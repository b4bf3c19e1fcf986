package dev.stepcamel.cli;

import dev.stepcamel.config.ConfigLoader;
import dev.stepcamel.config.StepcamelConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --routes}, {@code --config} and {@code --port}, shared by the commands that load workflows. */
final class CommonOptions {
    @Option(names = "--routes", description = "Directory of *.asl.json workflows and Camel YAML routes (default: ${DEFAULT-VALUE}).",
            defaultValue = "routes")
    Path routes;

    @Option(names = "--config", description = "Directory holding application.properties (default: ${DEFAULT-VALUE}).",
            defaultValue = "config")
    Path config;

    @Option(names = "--port", description = "HTTP port (default: camel.server.port, else 8083).")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (default: camel.server.host, else 127.0.0.1).")
    String host;

    @Option(names = "--data", description = "Directory of the durable store (default: stepcamel.data-dir, else data).")
    Path data;

    StepcamelConfig load() throws IOException {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (data != null) {
            overrides.put("stepcamel.data-dir", data.toString());
        }
        if (port != null) {
            overrides.put("camel.server.port", String.valueOf(port));
        }
        if (host != null) {
            overrides.put("camel.server.host", host);
        }
        return ConfigLoader.load(config, routes, overrides);
    }
}
