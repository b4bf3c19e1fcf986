package dev.stepcamel.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;

/** The activity and SendTask* actions as the AWS SDK sees them: shapes and typed errors. */
class CallbackActionsSdkTest {
    static ApiServer server;
    static SfnClient sfn;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer();
        sfn = server.sdkClient();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    @Test
    void activitiesRoundTripThroughTheSdk() {
        CreateActivityResponse created = sfn.createActivity(r -> r.name("sdk-activity"));

        assertThat(created.activityArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:sdk-activity");
        assertThat(created.creationDate()).isEqualTo(server.clock.instant());
        assertThat(sfn.describeActivity(r -> r.activityArn(created.activityArn())).name()).isEqualTo("sdk-activity");
        assertThat(sfn.listActivities(r -> r.maxResults(10)).activities())
                .anySatisfy(a -> assertThat(a.activityArn()).isEqualTo(created.activityArn()));
        sfn.deleteActivity(r -> r.activityArn(created.activityArn()));
        assertThatThrownBy(() -> sfn.describeActivity(r -> r.activityArn(created.activityArn())))
                .isInstanceOf(ActivityDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.getActivityTask(r -> r.activityArn(created.activityArn())))
                .isInstanceOf(ActivityDoesNotExistException.class);
    }

    @Test
    void sendTaskActionsRefuseTokensThatAreNotOurs() {
        assertThatThrownBy(() -> sfn.sendTaskSuccess(r -> r.taskToken("bad").output("{}")))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> sfn.sendTaskFailure(r -> r.taskToken("A".repeat(64)).error("E")))
                .isInstanceOf(TaskDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.sendTaskHeartbeat(r -> r.taskToken("A".repeat(64))))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    @Test
    void longPollsHoldNoRequestThreadSoOtherRequestsAreAnsweredMeanwhile() throws Exception {
        String arn = sfn.createActivity(r -> r.name("crowded")).activityArn();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> polls =
                new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) { // twice Vert.x's worker pool
            polls.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(server.uri("/"))
                    .header("X-Amz-Target", "AWSStepFunctions.GetActivityTask")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"activityArn\":\"" + arn + "\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500);

        long started = System.nanoTime();
        assertThat(sfn.describeActivity(r -> r.activityArn(arn)).name()).isEqualTo("crowded");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        sfn.deleteActivity(r -> r.activityArn(arn)); // answers the waiting polls with no task
        for (var poll : polls) {
            var response = poll.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{}");
        }
    }
}
