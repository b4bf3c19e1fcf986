package dev.stepcamel.integrations.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsSettingsTest {
    @Test
    void serviceEndpointBeatsEnvironmentWhichBeatsTheGlobalEndpoint() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://env-all", "AWS_ENDPOINT_URL_DYNAMODB",
                "http://env-ddb");
        AwsSettings settings = new AwsSettings(Map.of("sqs.endpoint", "http://config-sqs"), env, "us-east-1");
        assertThat(settings.endpoint(AwsService.SQS)).contains(URI.create("http://config-sqs"));
        assertThat(settings.endpoint(AwsService.DYNAMODB)).contains(URI.create("http://env-ddb"));
        assertThat(settings.endpoint(AwsService.SNS)).contains(URI.create("http://env-all"));
        AwsSettings config = new AwsSettings(Map.of("endpoint", "http://config-all"), env, "us-east-1");
        assertThat(config.endpoint(AwsService.SNS)).contains(URI.create("http://config-all"));
        assertThat(new AwsSettings(Map.of(), Map.of(), "us-east-1").endpoint(AwsService.S3)).isEmpty();
    }

    @Test
    void regionFromConfigThenAwsRegionThenTheRuntimeRegion() {
        assertThat(new AwsSettings(Map.of("region", "eu-west-1"), Map.of("AWS_REGION", "eu-central-1"), "us-east-1")
                .region()).isEqualTo(Region.EU_WEST_1);
        assertThat(new AwsSettings(Map.of(), Map.of("AWS_REGION", "eu-central-1"), "us-east-1").region())
                .isEqualTo(Region.EU_CENTRAL_1);
        assertThat(new AwsSettings(Map.of(), Map.of(), "us-west-2").region()).isEqualTo(Region.US_WEST_2);
    }

    @Test
    void staticCredentialsAreUsedAndNeverPrinted() {
        AwsSettings settings = new AwsSettings(Map.of("credentials", "static", "access-key-id", "AKIDEXAMPLE",
                "secret-access-key", "s3cr3t"), Map.of(), "us-east-1");
        assertThat(settings.credentials().resolveCredentials().secretAccessKey()).isEqualTo("s3cr3t");
        assertThat(settings.toString()).doesNotContain("s3cr3t").doesNotContain("AKIDEXAMPLE");
    }

    @Test
    void credentialsFileIsReadInTheSharedCredentialsFormat() throws Exception {
        var file = java.nio.file.Files.createTempFile("creds", "");
        java.nio.file.Files.writeString(file, "[ci]\naws_access_key_id = AKIDFILE\naws_secret_access_key = fromfile\n");
        AwsSettings settings = new AwsSettings(Map.of("credentials", "file", "credentials-file", file.toString(),
                "profile", "ci"), Map.of(), "us-east-1");
        assertThat(settings.credentials().resolveCredentials().accessKeyId()).isEqualTo("AKIDFILE");
    }

    @Test
    void badCredentialSettingsAreNamed() {
        assertThatThrownBy(() -> new AwsSettings(Map.of("credentials", "magic"), Map.of(), "us-east-1"))
                .hasMessageContaining("stepcamel.aws.credentials");
        assertThatThrownBy(() -> new AwsSettings(Map.of("credentials", "static"), Map.of(), "us-east-1").credentials())
                .hasMessageContaining("stepcamel.aws.access-key-id");
    }

    @Test
    void s3UsesPathStyleWhenTheEndpointIsOverridden() {
        assertThat(new AwsSettings(Map.of("endpoint", "http://127.0.0.1:1"), Map.of(), "us-east-1").s3PathStyle())
                .isTrue();
        assertThat(new AwsSettings(Map.of(), Map.of(), "us-east-1").s3PathStyle()).isFalse();
    }
}
