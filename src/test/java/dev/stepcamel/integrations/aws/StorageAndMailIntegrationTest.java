package dev.stepcamel.integrations.aws;

import static dev.stepcamel.integrations.aws.AwsFixture.json;
import static dev.stepcamel.integrations.aws.AwsFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.integrations.IntegrationEngine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;

/** S3 through aws-sdk:s3:*, and SES / SES v2 sendEmail, against moto. */
class StorageAndMailIntegrationTest {
    private static AwsFixture aws;
    private static String bucket;

    @BeforeAll
    static void createResources() throws Exception {
        aws = AwsFixture.get();
        bucket = "b-" + UUID.randomUUID();
        S3Client s3 = aws.client(AwsService.S3);
        s3.createBucket(b -> b.bucket(bucket));
        SesClient ses = aws.client(AwsService.SES);
        ses.verifyEmailIdentity(b -> b.emailAddress("forms@example.com"));
    }

    private static Execution s3(String action, String parameters) throws Exception {
        return aws.run(task("arn:aws:states:::aws-sdk:s3:" + action, parameters, null), "{}");
    }

    @Test
    void putGetHeadCopyListAndDeleteObjects() throws Exception {
        Execution put = aws.run(task("arn:aws:states:::aws-sdk:s3:putObject",
                "{\"Bucket\":\"" + bucket + "\",\"Key\":\"a.json\",\"Body.$\":\"$\"}", null), "{\"x\":1}");
        assertThat(put.status()).as(put.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(put.output()).path("ETag").asText()).startsWith("\"");
        Execution get = s3("getObject", "{\"Bucket\":\"" + bucket + "\",\"Key\":\"a.json\"}");
        assertThat(json(get.output()).path("Body").asText()).isEqualTo("{\"x\":1}");
        assertThat(json(get.output()).path("ContentLength").asInt()).isEqualTo(7);
        Execution head = s3("headObject", "{\"Bucket\":\"" + bucket + "\",\"Key\":\"a.json\"}");
        assertThat(json(head.output()).path("ContentLength").asInt()).isEqualTo(7);
        Execution copy = s3("copyObject", "{\"Bucket\":\"" + bucket + "\",\"Key\":\"b.json\",\"CopySource\":\""
                + bucket + "/a.json\"}");
        assertThat(copy.status()).as(copy.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        Execution list = s3("listObjectsV2", "{\"Bucket\":\"" + bucket + "\"}");
        assertThat(json(list.output()).path("KeyCount").asInt()).isEqualTo(2);
        assertThat(s3("deleteObject", "{\"Bucket\":\"" + bucket + "\",\"Key\":\"b.json\"}").status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(s3("listObjectsV2", "{\"Bucket\":\"" + bucket + "\"}").output()).path("KeyCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void missingKeyIsNoSuchKeyExceptionWithSdkCause() throws Exception {
        Execution e = s3("getObject", "{\"Bucket\":\"" + bucket + "\",\"Key\":\"missing\"}");
        assertThat(e.error()).isEqualTo("S3.NoSuchKeyException");
        assertThat(e.cause()).startsWith("The specified key does not exist. (Service: S3, Status Code: 404, Request ID:");
        Execution caught = aws.run(task("arn:aws:states:::aws-sdk:s3:getObject",
                "{\"Bucket\":\"" + bucket + "\",\"Key\":\"missing\"}", AwsFixture.retryThenCatch("S3.NoSuchKeyException")),
                "{}");
        assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(IntegrationEngine.countOf(caught, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void unknownParameterFailsTheTaskNamingTheField() throws Exception {
        Execution e = s3("listObjectsV2", "{\"Bucket\":\"" + bucket + "\",\"Bukket\":\"x\"}");
        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).contains("The field \"Bukket\" is not supported");
    }

    @Test
    void sesV2AndSesSendEmailFromAVerifiedSender() throws Exception {
        Execution v2 = aws.run(task("arn:aws:states:::aws-sdk:sesv2:sendEmail", """
                {"FromEmailAddress":"forms@example.com","Destination":{"ToAddresses":["me@example.com"]},
                 "Content":{"Simple":{"Subject":{"Data":"Hello v2"},"Body":{"Text":{"Data":"Hi"}}}}}""", null), "{}");
        assertThat(v2.status()).as(v2.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(v2.output()).path("MessageId").asText()).isNotEmpty();
        Execution v1 = aws.run(task("arn:aws:states:::aws-sdk:ses:sendEmail", """
                {"Source":"forms@example.com","Destination":{"ToAddresses":["me@example.com"]},
                 "Message":{"Subject":{"Data":"Hello v1"},"Body":{"Text":{"Data":"Hi"}}}}""", null), "{}");
        assertThat(v1.status()).as(v1.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(aws.moto.data()).contains("Hello v2", "Hello v1");
    }

    @Test
    void sesV2UnverifiedSenderIsMessageRejectedException() throws Exception {
        Execution e = aws.run(task("arn:aws:states:::aws-sdk:sesv2:sendEmail", """
                {"FromEmailAddress":"stranger@example.org","Destination":{"ToAddresses":["me@example.com"]},
                 "Content":{"Simple":{"Subject":{"Data":"x"},"Body":{"Text":{"Data":"x"}}}}}""", null), "{}");
        assertThat(e.error()).isEqualTo("SesV2.MessageRejectedException");
        assertThat(e.cause()).startsWith("Email address not verified stranger@example.org (Service: SesV2, Status Code: 400");
    }

    @Test
    void unverifiedSenderIsMessageRejectedAndCatchable() throws Exception {
        String send = """
                {"Source":"stranger@example.org","Destination":{"ToAddresses":["me@example.com"]},
                 "Message":{"Subject":{"Data":"x"},"Body":{"Text":{"Data":"x"}}}}""";
        Execution failed = aws.run(task("arn:aws:states:::aws-sdk:ses:sendEmail", send, null), "{}");
        assertThat(failed.error()).isEqualTo("Ses.MessageRejectedException");
        Execution caught = aws.run(task("arn:aws:states:::aws-sdk:ses:sendEmail", send,
                AwsFixture.retryThenCatch("Ses.MessageRejectedException")), "{}");
        assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(IntegrationEngine.countOf(caught, "TaskFailed")).isEqualTo(2);
    }

    @Test
    void distributedMapReadsItemsFromJsonAndCsvObjects() throws Exception {
        S3Client s3 = aws.client(AwsService.S3);
        String bucket = "items-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
        s3.putObject(b -> b.bucket(bucket).key("items.json"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("[{\"n\":1},{\"n\":2},{\"n\":3}]"));
        s3.putObject(b -> b.bucket(bucket).key("items.csv"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("id,name\n1,ann\n2\n"));
        String map = """
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                  "ReaderConfig":%s,"Parameters":{"Bucket.$":"$.b","Key.$":"$.k"}},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";
        Execution json = aws.run(map.formatted("{\"InputType\":\"JSON\",\"MaxItems\":2}"),
                "{\"b\":\"" + bucket + "\",\"k\":\"items.json\"}");
        assertThat(json.status()).as(json.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(json.output())).isEqualTo(json("[{\"n\":1},{\"n\":2}]"));
        Execution csv = aws.run(map.formatted("{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\"}"),
                "{\"b\":\"" + bucket + "\",\"k\":\"items.csv\"}");
        assertThat(json(csv.output())).isEqualTo(json("[{\"id\":\"1\",\"name\":\"ann\"},{\"id\":\"2\",\"name\":\"\"}]"));
        Execution missing = aws.run(map.formatted("{\"InputType\":\"JSON\"}"),
                "{\"b\":\"" + bucket + "\",\"k\":\"nope.json\"}");
        assertThat(missing.error()).isEqualTo("S3.NoSuchKeyException");
        // MaxItemsPath may refer to a string holding the number, as AWS accepts.
        Execution byPath = aws.run(map.formatted("{\"InputType\":\"JSON\",\"MaxItemsPath\":\"$.max\"}"),
                "{\"b\":\"" + bucket + "\",\"k\":\"items.json\",\"max\":\"1\"}");
        assertThat(json(byPath.output())).isEqualTo(json("[{\"n\":1}]"));
        // In JSONata the reader takes Arguments, and the batcher groups what it read.
        Execution jsonata = aws.run("""
                {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map",
                  "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                    "ReaderConfig":{"InputType":"JSON","MaxItems":"{% $states.input.max %}"},
                    "Arguments":{"Bucket":"{% $states.input.b %}","Key":"items.json"}},
                  "ItemBatcher":{"MaxItemsPerBatch":"{% 2 %}","BatchInput":{"from":"{% $states.input.b %}"}},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"b\":\"" + bucket + "\",\"max\":3}");
        assertThat(jsonata.status()).as(jsonata.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(jsonata.output())).isEqualTo(json("[{\"BatchInput\":{\"from\":\"" + bucket
                + "\"},\"Items\":[{\"n\":1},{\"n\":2}]},{\"BatchInput\":{\"from\":\"" + bucket
                + "\"},\"Items\":[{\"n\":3}]}]"));
    }
}
