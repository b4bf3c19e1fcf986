package dev.stepcamel.config;

import dev.stepcamel.runtime.MachineType;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Stepcamel's own settings ({@code stepcamel.*}) with their defaults, and the {@code camel.*}
 * keys handed to Camel Main. Every key is documented in {@code config/application.properties}.
 *
 * @param routesDir directory of {@code *.asl.json} workflows and Camel YAML routes
 * @param host address the HTTP server binds ({@code camel.server.host}, default 127.0.0.1)
 * @param port HTTP port ({@code camel.server.port}, default 8083)
 * @param region region in ARNs ({@code stepcamel.region}, default us-east-1)
 * @param account account id in ARNs ({@code stepcamel.account}, default 123456789012)
 * @param roleArn role ARN given to machines loaded from files ({@code stepcamel.role-arn})
 * @param workerThreads worker pool size ({@code stepcamel.workers}, default 32)
 * @param mapConcurrencyCeiling most iterations a Map runs at once ({@code stepcamel.map.max-concurrency}, default 1000)
 * @param lambdaEndpoints function name to Camel endpoint URI ({@code stepcamel.lambda.<name>=<uri>})
 * @param machineTypes machine name to type for files ({@code stepcamel.machine.<name>.type}, default STANDARD)
 * @param camelProperties every {@code camel.*} key, for Camel Main
 * @param console whether the web console is served and the login it requires ({@code stepcamel.console.*})
 */
public record StepcamelConfig(Path routesDir, String host, int port, String region, String account, String roleArn,
        int workerThreads, int mapConcurrencyCeiling, Map<String, String> lambdaEndpoints,
        Map<String, MachineType> machineTypes, Map<String, String> camelProperties, ConsoleAccess console) {

    public static final int DEFAULT_PORT = 8083;

    /** Binds the merged properties (file, then overrides); unknown {@code stepcamel.*} keys are errors. */
    public static StepcamelConfig from(Properties properties, Path routesDir) {
        Map<String, String> lambda = new TreeMap<>();
        Map<String, MachineType> types = new TreeMap<>();
        Map<String, String> camel = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("camel.")) {
                if (!value.isEmpty()) { // an empty value stops Camel Main from starting
                    camel.put(key, value);
                }
            } else if (key.startsWith("stepcamel.lambda.")) {
                lambda.put(key.substring("stepcamel.lambda.".length()), value);
            } else if (key.startsWith("stepcamel.machine.") && key.endsWith(".type")) {
                String name = key.substring("stepcamel.machine.".length(), key.length() - ".type".length());
                types.put(name, parseType(key, value));
            } else if (key.startsWith("stepcamel.") && !Keys.KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown configuration key '" + key + "'");
            }
        }
        camel.putIfAbsent("camel.server.enabled", "true");
        camel.putIfAbsent("camel.server.host", "127.0.0.1");
        camel.putIfAbsent("camel.server.port", String.valueOf(DEFAULT_PORT));
        String account = properties.getProperty(Keys.ACCOUNT, "123456789012");
        return new StepcamelConfig(routesDir, camel.get("camel.server.host"),
                integer(Keys.PORT_KEY, camel.get("camel.server.port")),
                properties.getProperty(Keys.REGION, "us-east-1"), account,
                properties.getProperty(Keys.ROLE_ARN, "arn:aws:iam::" + account + ":role/stepcamel"),
                integer(Keys.WORKERS, properties.getProperty(Keys.WORKERS, "32")),
                integer(Keys.MAP_CONCURRENCY, properties.getProperty(Keys.MAP_CONCURRENCY, "1000")),
                Map.copyOf(lambda), Map.copyOf(types), Map.copyOf(camel), ConsoleAccess.from(properties));
    }

    public MachineType typeOf(String machineName) {
        return machineTypes.getOrDefault(machineName, MachineType.STANDARD);
    }

    private static int integer(String key, String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' must be a whole number, not '"
                    + value + "'");
        }
    }

    private static MachineType parseType(String key, String value) {
        try {
            return MachineType.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' must be STANDARD or EXPRESS");
        }
    }
}
