package dev.stepcamel.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepcamel.app.StepcamelApplication;
import dev.stepcamel.config.ConfigLoader;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.aws.MotoServer;
import dev.stepcamel.runtime.Execution;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The triggers of a running Stepcamel application, against moto. */
class TriggersTest {
    private static MotoServer moto;
    private static S3Client s3;
    private static SqsClient sqs;
    @TempDir
    static Path dir;

    @BeforeAll
    static void clients() throws Exception {
        moto = MotoServer.get();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        s3 = S3Client.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(credentials).forcePathStyle(true).build();
        sqs = SqsClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build();
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("on-object.asl.json"), """
                {"StartAt":"Seen","States":{"Seen":{"Type":"Pass","Parameters":{
                  "key.$":"$.Records[0].s3.object.key","size.$":"$.Records[0].s3.object.size"},"End":true}}}""");
        Files.writeString(routes.resolve("echo.asl.json"), """
                {"StartAt":"Echo","States":{"Echo":{"Type":"Pass","End":true}}}""");
    }

    private static StepcamelApplication start(Map<String, String> settings) throws Exception {
        return start(settings, dir.resolve("data-" + UUID.randomUUID()));
    }

    private static StepcamelApplication start(Map<String, String> settings, Path data) throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        all.put("camel.server.port", String.valueOf(port));
        all.put("stepcamel.aws.endpoint", moto.endpoint());
        all.put("stepcamel.aws.credentials", "static");
        all.put("stepcamel.aws.access-key-id", "test");
        all.put("stepcamel.aws.secret-access-key", "test");
        all.put("stepcamel.trigger.state-dir", dir.resolve("state").toString());
        all.put("stepcamel.data-dir", data.toString());
        return StepcamelApplication.start(ConfigLoader.load(dir.resolve("no-config"), dir.resolve("routes"), all));
    }

    private static List<Execution> executions(StepcamelApplication app, String machine) {
        return app.service().listExecutions("arn:aws:states:us-east-1:123456789012:stateMachine:" + machine, null, null,
                1000).items();
    }

    @Test
    void eachNewObjectStartsOneExecutionAlsoAcrossARestart() throws Exception {
        String bucket = "watched-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
        Map<String, String> binding = Map.of("stepcamel.trigger.s3.w.machine", "on-object",
                "stepcamel.trigger.s3.w.bucket", bucket, "stepcamel.trigger.s3.w.prefix", "in/",
                "stepcamel.trigger.s3.w.suffix", ".jpg", "stepcamel.trigger.s3.w.poll-millis", "100");
        for (int i = 0; i < 6; i++) {
            put(bucket, "in/img " + i + ".jpg");
        }
        put(bucket, "in/notes.txt");
        put(bucket, "elsewhere/x.jpg");
        Path data = dir.resolve("data-" + bucket);
        try (StepcamelApplication first = start(binding, data)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> executions(first, "on-object").size() == 6);
            Execution one = executions(first, "on-object").get(0);
            var input = Json.parse(one.input()).path("Records").path(0);
            assertThat(input.path("eventName").asText()).isEqualTo("ObjectCreated:Put");
            assertThat(input.path("s3").path("bucket").path("name").asText()).isEqualTo(bucket);
            assertThat(input.path("s3").path("object").path("key").asText()).startsWith("in/img+");
            assertThat(input.path("s3").path("object").path("eTag").asText()).hasSize(32);
        }
        for (int i = 6; i < 10; i++) {
            put(bucket, "in/img " + i + ".jpg");
        }
        try (StepcamelApplication second = start(binding, data)) {
            // The durable store keeps the first run's six; the restart adds only the four new objects.
            await().atMost(Duration.ofSeconds(20)).until(() -> executions(second, "on-object").size() >= 10);
            Thread.sleep(500); // several more polls: nothing already started may start again
            assertThat(executions(second, "on-object")).hasSize(10);
        }
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).keyCount()).isEqualTo(12);
    }

    @Test
    void objectsAreDeletedAfterTheirExecutionStartedOnlyWhenConfigured() throws Exception {
        String bucket = "drained-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
        put(bucket, "a.json");
        put(bucket, "b.json");
        try (StepcamelApplication app = start(Map.of("stepcamel.trigger.s3.d.machine", "on-object",
                "stepcamel.trigger.s3.d.bucket", bucket, "stepcamel.trigger.s3.d.poll-millis", "100",
                "stepcamel.trigger.s3.d.delete-after-start", "true"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> s3.listObjectsV2(b -> b.bucket(bucket)).keyCount() == 0);
            assertThat(executions(app, "on-object")).hasSize(2);
        }
    }

    @Test
    void s3NotificationsThroughSqsStartOneExecutionPerObject() throws Exception {
        String bucket = "notified-" + UUID.randomUUID();
        String queueUrl = sqs.createQueue(b -> b.queueName("n-" + UUID.randomUUID())).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
        s3.createBucket(b -> b.bucket(bucket));
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(QueueConfiguration.builder().queueArn(queueArn).events(Event.S3_OBJECT_CREATED)
                        .build())));
        try (StepcamelApplication app = start(Map.of("stepcamel.trigger.sqs.n.machine", "on-object",
                "stepcamel.trigger.sqs.n.queue", queueUrl, "stepcamel.trigger.sqs.n.suffix", ".png"))) {
            put(bucket, "a.png");
            put(bucket, "b c.png");
            put(bucket, "skip.gif");
            await().atMost(Duration.ofSeconds(20)).until(() -> executions(app, "on-object").size() == 2);
            assertThat(executions(app, "on-object")).extracting(e -> Json.parse(e.output()).path("key").asText())
                    .containsExactlyInAnyOrder("a.png", "b+c.png");
        }
    }

    @Test
    void restEndpointStartsAsyncAndSyncAndCamelEndpointsStartToo() throws Exception {
        try (StepcamelApplication app = start(Map.of("stepcamel.trigger.endpoint.t.machine", "echo",
                "stepcamel.trigger.endpoint.t.uri", "direct:test-trigger", "stepcamel.trigger.endpoint.tick.machine",
                "echo", "stepcamel.trigger.endpoint.tick.uri", "timer:tick?repeatCount=1"))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port() + "/stepcamel/start/";
            HttpResponse<String> async = http.send(post(base + "echo", "{\"a\":1}"), HttpResponse.BodyHandlers.ofString());
            assertThat(async.statusCode()).isEqualTo(202);
            assertThat(Json.parse(async.body()).path("executionArn").asText()).contains(":execution:echo:");
            HttpResponse<String> sync = http.send(post(base + "echo/sync", "{\"a\":2}"), HttpResponse.BodyHandlers.ofString());
            assertThat(sync.statusCode()).isEqualTo(200);
            assertThat(Json.parse(sync.body())).isEqualTo(Json.parse("{\"a\":2}"));
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "echo/sync"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=ann%40example.org&message=hi+there")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Json.parse(form.body())).isEqualTo(Json.parse(
                    "{\"email\":\"ann@example.org\",\"message\":\"hi there\"}"));
            assertThat(http.send(post(base + "missing", "{}"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(404);
            assertThat(http.send(post(base + "echo", "{oops"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(400);
            app.camelContext().createProducerTemplate().sendBody("direct:test-trigger", "{\"from\":\"camel\"}");
            app.camelContext().createProducerTemplate().sendBodyAndHeader("direct:stepcamel-start", "plain text",
                    TriggerStart.MACHINE, "echo");
            assertThat(executions(app, "echo")).extracting(Execution::input)
                    .contains("{\"from\":\"camel\"}", "{\"body\":\"plain text\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> executions(app, "echo").stream()
                    .anyMatch(e -> e.input().equals("{}")));
        }
    }

    private static HttpRequest post(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void put(String bucket, String key) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("content of " + key));
    }
}
