package dev.stepcamel.integrations.aws;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/**
 * Where and as whom Tasks call AWS, bound once from the {@code stepcamel.aws.*} keys of
 * {@code config/} and the AWS environment conventions. Precedence for an endpoint: the
 * service's key, {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code stepcamel.aws.endpoint},
 * {@code AWS_ENDPOINT_URL}, else AWS's own endpoint. Secrets are never part of {@link #toString()}.
 */
public final class AwsSettings {
    static final String PREFIX = "stepcamel.aws.";

    private final Map<String, String> keys;
    private final Map<String, String> env;
    private final String defaultRegion;

    /**
     * @param keys the {@code stepcamel.aws.*} keys without that prefix (e.g. {@code region},
     *        {@code dynamodb.endpoint})
     * @param env the process environment
     * @param defaultRegion region when neither config nor {@code AWS_REGION} names one
     */
    public AwsSettings(Map<String, String> keys, Map<String, String> env, String defaultRegion) {
        this.keys = Map.copyOf(keys);
        this.env = Map.copyOf(env);
        this.defaultRegion = defaultRegion;
        String mode = credentialsMode();
        if (!mode.equals("default") && !mode.equals("static") && !mode.equals("file")) {
            throw new IllegalArgumentException("configuration key 'stepcamel.aws.credentials' must be default, static"
                    + " or file, not '" + mode + "'");
        }
    }

    Region region() {
        return Region.of(first(keys.get("region"), env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"))
                .orElse(defaultRegion));
    }

    Optional<URI> endpoint(AwsService service) {
        return first(keys.get(service.configKey() + ".endpoint"), env.get("AWS_ENDPOINT_URL_" + service.envSuffix),
                keys.get("endpoint"), env.get("AWS_ENDPOINT_URL")).map(URI::create);
    }

    /** S3 addressing: path style when an endpoint is overridden, unless {@code stepcamel.aws.s3.path-style} says. */
    boolean s3PathStyle() {
        String set = keys.get("s3.path-style");
        return set != null ? Boolean.parseBoolean(set) : endpoint(AwsService.S3).isPresent();
    }

    /** Whether Lambda functions with no local route or mapping are invoked on AWS Lambda ({@code lambda.remote}). */
    boolean remoteLambda() {
        return Boolean.parseBoolean(keys.getOrDefault("lambda.remote", "false").trim());
    }

    private String credentialsMode() {
        return keys.getOrDefault("credentials", "default").trim();
    }

    AwsCredentialsProvider credentials() {
        return switch (credentialsMode()) {
            case "static" -> StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    required("access-key-id"), required("secret-access-key")));
            case "file" -> ProfileCredentialsProvider.builder()
                    .profileFile(ProfileFile.builder().content(Path.of(required("credentials-file")))
                            .type(ProfileFile.Type.CREDENTIALS).build())
                    .profileName(keys.getOrDefault("profile", "default")).build();
            default -> DefaultCredentialsProvider.builder().build();
        };
    }

    private String required(String key) {
        String value = keys.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("configuration key 'stepcamel.aws." + key + "' is required when "
                    + "stepcamel.aws.credentials=" + credentialsMode());
        }
        return value.trim();
    }

    private static Optional<String> first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "AwsSettings[region=" + region() + ", credentials=" + credentialsMode() + "]";
    }
}
