package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.data.Json;
import org.junit.jupiter.api.Test;

class ExecutionEngineTest {
    private final EngineFixture fixture = EngineFixture.SHARED;

    @Test
    void passChainAppliesResultPathAndOutputPath() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.a","Next":"B"},
                  "B":{"Type":"Pass","Result":2,"ResultPath":"$.b","OutputPath":"$","End":true}}}""",
                "{\"in\":true}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("{\"in\":true,\"a\":{\"x\":1},\"b\":2}"));
        assertThat(e.history().snapshot()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
                "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void parallelReturnsBranchOutputsInBranchOrder() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"R"},"R":{"Type":"Pass","Result":"slow","End":true}}},
                  {"StartAt":"F","States":{"F":{"Type":"Pass","Result":"fast","End":true}}}]}}}""",
                "{}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("[\"slow\",\"fast\"]"));
    }

    @Test
    void mapKeepsItemOrderUnderMaxConcurrency() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,"End":true,
                  "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}}}}}""",
                "{\"items\":[1,2,3,4,5,6,7]}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("[1,2,3,4,5,6,7]"));
    }

    @Test
    void aFailedIterationIsRecordedBeforeTheMapStateFails() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
                  "ItemProcessor":{"StartAt":"Bad","States":{"Bad":{"Type":"Fail","Error":"Item.Bad"}}},
                  "Catch":[{"ErrorEquals":["Item.Bad"],"Next":"Caught"}],"End":true},
                  "Caught":{"Type":"Pass","End":true}}}""", "[1]", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.history().snapshot()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
                "MapStateEntered", "MapStateStarted", "MapIterationStarted", "FailStateEntered", "MapIterationFailed",
                "MapStateFailed", "MapStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void aRetriedMapStateRecordsMapStateFailedOnlyWhenItGivesUp() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
                  "ItemProcessor":{"StartAt":"Bad","States":{"Bad":{"Type":"Fail","Error":"Item.Bad"}}},
                  "Retry":[{"ErrorEquals":["Item.Bad"],"IntervalSeconds":1,"MaxAttempts":1}],"End":true}}}""",
                "[1]", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.history().snapshot()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
                "MapStateEntered", "MapStateStarted", "MapIterationStarted", "FailStateEntered", "MapIterationFailed",
                "MapStateStarted", "MapIterationStarted", "FailStateEntered", "MapIterationFailed", "MapStateFailed",
                "ExecutionFailed");
    }

    @Test
    void anInvalidToleratedFailureCountFailsTheMapAfterItStartedWithoutMapStateFailed() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailureCountPath":"$.tolerated","ItemsPath":"$.items",
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"items\":[1],\"tolerated\":\"many\"}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.history().snapshot()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
                "MapStateEntered", "MapStateStarted", "ExecutionFailed");
    }

    @Test
    void anItemBatcherGroupsTheSelectedItemsByCountAndBytes() throws Exception {
        String map = """
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
                  "ItemSelector":{"v.$":"$$.Map.Item.Value"},"ItemBatcher":%s,
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                    "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";
        Execution byCount = fixture.run(map.formatted(
                "{\"MaxItemsPerBatchPath\":\"$.per\",\"BatchInput\":{\"tag.$\":\"$.tag\"}}"),
                "{\"items\":[1,2,3],\"per\":2,\"tag\":\"t\"}", MachineType.STANDARD);
        assertThat(Json.parse(byCount.output())).isEqualTo(Json.parse("""
                [{"BatchInput":{"tag":"t"},"Items":[{"v":1},{"v":2}]},{"BatchInput":{"tag":"t"},"Items":[{"v":3}]}]"""));
        // {"v":"aaaa"} is 12 bytes, 13 with its separator: two fit in 30 bytes, three do not.
        Execution byBytes = fixture.run(map.formatted("{\"MaxInputBytesPerBatch\":30}"),
                "{\"items\":[\"aaaa\",\"bbbb\",\"cccc\"]}", MachineType.STANDARD);
        assertThat(Json.parse(byBytes.output())).isEqualTo(Json.parse("""
                [{"Items":[{"v":"aaaa"},{"v":"bbbb"}]},{"Items":[{"v":"cccc"}]}]"""));
        Execution bad = fixture.run(map.formatted("{\"MaxItemsPerBatchPath\":\"$.per\"}"),
                "{\"items\":[1],\"per\":0}", MachineType.STANDARD);
        assertThat(bad.error()).isEqualTo("States.Runtime");
        assertThat(bad.cause()).contains("MaxItemsPerBatchPath").contains("$.per");
    }

    @Test
    void taskRetriesThenSucceeds() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:flaky",
                  "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":1,"BackoffRate":1,"MaxAttempts":5}],"End":true}}}""",
                "{}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output()).path("attempt").asInt() % 3).isZero();
    }

    @Test
    void catchRoutesHandlerFailureWithErrorOutput() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "Parameters":{"FunctionName":"boom","Payload":{}},
                  "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.err","Next":"Done"}],"End":true},
                  "Done":{"Type":"Pass","End":true}}}""",
                "{\"k\":1}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output()).path("err").path("Error").asText()).isEqualTo("IllegalArgumentException");
    }

    @Test
    void taskTimeoutFailsTheStateWithStatesTimeoutWhileTheHandlerStillRuns() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow",
                  "TimeoutSecondsPath":"$.limit",
                  "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Wrong"},{"ErrorEquals":["States.Timeout"],"Next":"TimedOut"}],
                  "End":true},
                  "Wrong":{"Type":"Fail","Error":"TaskFailedMustNotMatchTimeout"},
                  "TimedOut":{"Type":"Pass","End":true}}}""",
                "{\"limit\":1}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}"));
        assertThat(e.stopDate().toEpochMilli() - e.startDate().toEpochMilli()).isLessThan(2900);
    }

    @Test
    void standardExecutionFailsWhenItsHistoryReachesTheEventQuota() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"Loop","States":{
                  "Loop":{"Type":"Pass","Next":"Again"},
                  "Again":{"Type":"Choice","Choices":[{"Variable":"$.stop","BooleanEquals":true,"Next":"Done"}],
                    "Default":"Loop"},
                  "Done":{"Type":"Succeed"}}}""", "{\"stop\":false}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.history().size()).isEqualTo(ExecutionHistory.MAX_EVENTS);
        assertThat(e.history().snapshot().get(ExecutionHistory.MAX_EVENTS - 1).type()).isEqualTo("ExecutionFailed");
    }

    @Test
    void eachRetrierCountsItsOwnAttempts() throws Exception {
        EngineFixture.ALTERNATING.set(0);
        // Errors alternate A, B, A, B, A: each retrier allows two retries, so the fifth call fails for good.
        Execution e = fixture.run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:alternating",
                  "Retry":[{"ErrorEquals":["ErrorA"],"MaxAttempts":2,"IntervalSeconds":1,"BackoffRate":1},
                           {"ErrorEquals":["ErrorB"],"MaxAttempts":2,"IntervalSeconds":1,"BackoffRate":1}],
                  "End":true}}}""", "{}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("ErrorA");
        assertThat(e.cause()).isEqualTo("call 4");
        assertThat(e.history().snapshot()).filteredOn(ev -> ev.type().equals("LambdaFunctionFailed")).hasSize(5);
    }

    @Test
    void maxAttemptsZeroNeverRetriesAndLaterRetriersAreNotConsulted() throws Exception {
        EngineFixture.ALTERNATING.set(0);
        Execution e = fixture.run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:alternating",
                  "Retry":[{"ErrorEquals":["ErrorA"],"MaxAttempts":0},{"ErrorEquals":["States.ALL"],"MaxAttempts":3}],
                  "Catch":[{"ErrorEquals":["ErrorA"],"ResultPath":"$.caught","Next":"Caught"}],"End":true},
                  "Caught":{"Type":"Pass","End":true}}}""", "{}", MachineType.STANDARD);
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(e.output())).isEqualTo(Json.parse(
                "{\"caught\":{\"Error\":\"ErrorA\",\"Cause\":\"call 0\"}}"));
    }

    @Test
    void failStateFailsExecution() throws Exception {
        Execution e = fixture.run("""
                {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Oops","Cause":"because"}}}""",
                "{}", MachineType.EXPRESS);
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("Oops");
        assertThat(e.cause()).isEqualTo("because");
    }

    @Test
    void routesPrintAsYaml() throws Exception {
        String def = """
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}""";
        var m = fixture.engine.deploy("arn:x", "yamltest", MachineType.STANDARD, def,
                dev.stepcamel.asl.parse.DefinitionParser.parse(Json.parse(def)), "role");
        String yaml = fixture.engine.routesYaml(m);
        System.out.println(yaml);
        assertThat(yaml).contains("direct:");
        fixture.engine.undeploy(m);
    }
}
