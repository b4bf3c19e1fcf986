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
 * @param dataDir where the file store keeps its journal ({@code stepcamel.data-dir}, {@code --data}, default data)
 * @param durable whether machines and Standard executions survive a restart ({@code stepcamel.store}:
 *                {@code file}, the default, or {@code memory})
 * @param retention how long ended executions are kept ({@code stepcamel.retention}, default 90 days)
 * @param awsKeys the {@code stepcamel.aws.*} keys without that prefix (region, credentials, endpoints)
 * @param triggerKeys the {@code stepcamel.trigger.*} keys without that prefix (S3, SQS and endpoint triggers)
 * @param console whether the web console is served and the login it requires ({@code stepcamel.console.*})
 */
public record StepcamelConfig(Path routesDir, String host, int port, String region, String account, String roleArn,
        int workerThreads, int mapConcurrencyCeiling, Map<String, String> lambdaEndpoints,
        Map<String, MachineType> machineTypes, Map<String, String> camelProperties, Path dataDir, boolean durable,
        java.time.Duration retention, Map<String, String> awsKeys, Map<String, String> triggerKeys,
        ConsoleAccess console) {

    public static final int DEFAULT_PORT = 8083;
    private static final String AWS_PREFIX = "stepcamel.aws.";
    private static final String TRIGGER_PREFIX = "stepcamel.trigger.";

    /** Binds the merged properties (file, then overrides); unknown {@code stepcamel.*} keys are errors. */
    public static StepcamelConfig from(Properties properties, Path routesDir) {
        Map<String, String> lambda = new TreeMap<>();
        Map<String, MachineType> types = new TreeMap<>();
        Map<String, String> camel = new TreeMap<>();
        Map<String, String> aws = new TreeMap<>();
        Map<String, String> triggers = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("camel.")) {
                if (!value.isEmpty()) { // an empty value stops Camel Main from starting
                    camel.put(key, value);
                }
            } else if (key.startsWith("stepcamel.lambda.")) {
                lambda.put(key.substring("stepcamel.lambda.".length()), value);
            } else if (key.startsWith(TRIGGER_PREFIX)) {
                triggers.put(key.substring(TRIGGER_PREFIX.length()), value);
            } else if (key.startsWith(AWS_PREFIX)) {
                aws.put(key.substring(AWS_PREFIX.length()), value);
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
                Map.copyOf(lambda), Map.copyOf(types), Map.copyOf(camel),
                Path.of(properties.getProperty(Keys.DATA_DIR, "data").trim()),
                store(properties.getProperty(Keys.STORE, "file").trim()),
                duration(Keys.RETENTION, properties.getProperty(Keys.RETENTION, "90d")),
                Map.copyOf(aws), Map.copyOf(triggers), ConsoleAccess.from(properties));
    }

    private static boolean store(String value) {
        return switch (value) {
            case "file" -> true;
            case "memory" -> false;
            default -> throw new IllegalArgumentException("configuration key '" + Keys.STORE
                    + "' must be file or memory, not '" + value + "'");
        };
    }

    /** {@code 90d}, {@code 12h}, {@code 30m}, {@code 45s}, or an ISO-8601 duration ({@code P7D}). */
    static java.time.Duration duration(String key, String value) {
        String text = value.trim();
        try {
            if (text.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
                return java.time.Duration.parse(text);
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            java.time.Duration parsed = switch (text.charAt(text.length() - 1)) {
                case 'd' -> java.time.Duration.ofDays(amount);
                case 'h' -> java.time.Duration.ofHours(amount);
                case 'm' -> java.time.Duration.ofMinutes(amount);
                case 's' -> java.time.Duration.ofSeconds(amount);
                default -> throw new NumberFormatException();
            };
            if (parsed.isNegative()) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' must be a duration such as 90d, 12h,"
                    + " 30m, 45s or P7D, not '" + value + "'");
        }
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
