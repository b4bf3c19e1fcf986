package dev.stepcamel.triggers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The triggers declared in {@code config/} ({@code stepcamel.trigger.*}), bound once at start-up:
 * <ul>
 * <li>{@code s3.<id>.machine|bucket|prefix|suffix|poll-millis|delete-after-start}: new objects in a bucket;
 * <li>{@code sqs.<id>.machine|queue|prefix|suffix}: S3 event notifications delivered through SQS;
 * <li>{@code endpoint.<id>.machine|uri}: any Camel endpoint; each message starts one execution;
 * <li>{@code state-dir}: where the record of objects already started is kept (default {@code triggers} in the data directory).
 * </ul>
 */
public record TriggerSettings(Path stateDir, List<S3Binding> s3, List<SqsBinding> sqs, List<EndpointBinding> endpoints) {

    /** A bucket watched by polling; objects stay unless {@code deleteAfterStart}. */
    public record S3Binding(String id, String machine, String bucket, String prefix, String suffix, long pollMillis,
            boolean deleteAfterStart) {
    }

    /** A queue receiving a bucket's S3 event notifications. */
    public record SqsBinding(String id, String machine, String queue, String prefix, String suffix) {
    }

    /** Any Camel endpoint URI whose messages start executions. */
    public record EndpointBinding(String id, String machine, String uri) {
    }

    /**
     * @param keys the {@code stepcamel.trigger.*} keys without that prefix
     * @param dataDir the runtime's data directory, which holds the trigger state unless {@code state-dir} is set
     */
    public static TriggerSettings from(Map<String, String> keys, Path dataDir) {
        Map<String, Map<String, String>> s3 = group(keys, "s3.");
        Map<String, Map<String, String>> sqs = group(keys, "sqs.");
        Map<String, Map<String, String>> endpoints = group(keys, "endpoint.");
        for (String key : keys.keySet()) {
            if (!key.equals("state-dir") && !key.startsWith("s3.") && !key.startsWith("sqs.")
                    && !key.startsWith("endpoint.")) {
                throw new IllegalArgumentException("unknown configuration key 'stepcamel.trigger." + key + "'");
            }
        }
        List<S3Binding> s3Bindings = new ArrayList<>();
        s3.forEach((id, v) -> s3Bindings.add(new S3Binding(id, required("s3", id, v, "machine"),
                required("s3", id, v, "bucket"), v.getOrDefault("prefix", ""), v.getOrDefault("suffix", ""),
                Long.parseLong(v.getOrDefault("poll-millis", "1000")),
                Boolean.parseBoolean(v.getOrDefault("delete-after-start", "false")))));
        List<SqsBinding> sqsBindings = new ArrayList<>();
        sqs.forEach((id, v) -> sqsBindings.add(new SqsBinding(id, required("sqs", id, v, "machine"),
                required("sqs", id, v, "queue"), v.getOrDefault("prefix", ""), v.getOrDefault("suffix", ""))));
        List<EndpointBinding> endpointBindings = new ArrayList<>();
        endpoints.forEach((id, v) -> endpointBindings.add(new EndpointBinding(id, required("endpoint", id, v, "machine"),
                required("endpoint", id, v, "uri"))));
        return new TriggerSettings(keys.containsKey("state-dir") ? Path.of(keys.get("state-dir")) : dataDir.resolve("triggers"), List.copyOf(s3Bindings),
                List.copyOf(sqsBindings), List.copyOf(endpointBindings));
    }

    public boolean isEmpty() {
        return s3.isEmpty() && sqs.isEmpty() && endpoints.isEmpty();
    }

    private static Map<String, Map<String, String>> group(Map<String, String> keys, String kind) {
        Map<String, Map<String, String>> byId = new TreeMap<>();
        keys.forEach((key, value) -> {
            if (key.startsWith(kind)) {
                String rest = key.substring(kind.length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    throw new IllegalArgumentException("configuration key 'stepcamel.trigger." + key
                            + "' must be stepcamel.trigger." + kind + "<id>.<setting>");
                }
                byId.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), value);
            }
        });
        return byId;
    }

    private static String required(String kind, String id, Map<String, String> values, String setting) {
        String value = values.get(setting);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("configuration key 'stepcamel.trigger." + kind + "." + id + "."
                    + setting + "' is required");
        }
        return value.trim();
    }
}
