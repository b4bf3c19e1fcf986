package dev.stepcamel.integrations.aws;

import static dev.stepcamel.integrations.aws.AwsFixture.json;
import static dev.stepcamel.integrations.aws.AwsFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.integrations.IntegrationEngine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Functions no local route serves are invoked on AWS Lambda (here moto's, which without Docker
 * answers an invocation with its payload instead of running code).
 */
class LambdaIntegrationTest {
    @Test
    void unknownFunctionIsResourceNotFoundThenAnExistingOneIsInvoked() throws Exception {
        AwsFixture aws = AwsFixture.get();
        String name = "fn-" + UUID.randomUUID();
        String arn = "arn:aws:lambda:us-east-1:123456789012:function:" + name;
        Execution missing = aws.run(task(arn, "{\"a\":1}", IntegrationEngine.retryThenCatch(
                "Lambda.ResourceNotFoundException")), "{}");
        assertThat(missing.status()).as(missing.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(missing.output()).path("error").path("Cause").asText())
                .startsWith("Function not found: " + arn + " (Service: AWSLambda; Status Code: 404; Error Code: "
                        + "ResourceNotFoundException;");
        assertThat(IntegrationEngine.countOf(missing, "LambdaFunctionFailed")).isEqualTo(2);

        createFunction(aws.moto, name);
        aws.moto.configure("{\"lambda\":{\"use_docker\":false}}");
        Execution legacy = aws.run(task(arn, "{\"a\":1}", null), "{}");
        assertThat(legacy.status()).as(legacy.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(legacy.output())).isEqualTo(json("{\"a\":1}"));
        Execution invoke = aws.run(task("arn:aws:states:::lambda:invoke",
                "{\"FunctionName\":\"" + name + "\",\"Payload\":{\"b\":2}}", null), "{}");
        assertThat(json(invoke.output()).path("Payload")).isEqualTo(json("{\"b\":2}"));
        assertThat(json(invoke.output()).path("StatusCode").asInt()).isEqualTo(200);
    }

    private static void createFunction(MotoServer moto, String name) throws Exception {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials).build();
                LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(moto.endpoint()))
                        .region(Region.US_EAST_1).credentialsProvider(credentials).build()) {
            String role = iam.createRole(b -> b.roleName("r-" + name).assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                            + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("index.py"));
                out.write("def handler(event, context):\n    return event\n".getBytes());
            }
            lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(role)
                    .handler("index.handler").code(c -> c.zipFile(SdkBytes.fromByteArray(zip.toByteArray()))));
        }
    }
}
