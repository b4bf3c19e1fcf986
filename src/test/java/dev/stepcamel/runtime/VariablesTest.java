package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.Json;
import org.junit.jupiter.api.Test;

/** Workflow variables and JSONata states, run end to end on the shared engine. */
class VariablesTest {
    private final EngineFixture fixture = EngineFixture.SHARED;

    private Execution run(String definition, String input) throws Exception {
        return fixture.run(definition, input, MachineType.STANDARD);
    }

    private static JsonNode output(Execution e) throws Exception {
        assertThat(e.status()).as(e.error() + ": " + e.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return Json.parse(e.output());
    }

    @Test
    void everyExpressionOfAStateSeesTheValuesFromBeforeIt() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"a":1},"Next":"B"},
                  "B":{"Type":"Pass","Assign":{"a":"{% $a + 1 %}","b":"{% $a %}"},"Output":"{% $a %}","Next":"C"},
                  "C":{"Type":"Pass","Output":{"a":"{% $a %}","b":"{% $b %}","in":"{% $states.input %}"},"End":true}}}""",
                "{}");
        assertThat(output(e)).isEqualTo(Json.parse("{\"a\":2,\"b\":1,\"in\":1}"));
    }

    @Test
    void branchesAndIterationsReadOuterVariablesButTheirWritesStayInside() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"Set","States":{
                  "Set":{"Type":"Pass","Assign":{"x":1},"Next":"P"},
                  "P":{"Type":"Parallel","Next":"M","Branches":[
                    {"StartAt":"B1","States":{"B1":{"Type":"Pass","Assign":{"x":"{% $x + 10 %}"},"Next":"B2"},
                                              "B2":{"Type":"Pass","Output":"{% $x %}","End":true}}}]},
                  "M":{"Type":"Map","Items":"{% [1,2] %}","Assign":{"fromParallel":"{% $states.result %}"},"Next":"Done",
                    "ItemProcessor":{"StartAt":"I","States":{
                      "I":{"Type":"Pass","Assign":{"x":"{% $states.input * 100 %}"},"Next":"J"},
                      "J":{"Type":"Pass","Output":"{% $x %}","End":true}}}},
                  "Done":{"Type":"Pass","Output":{"x":"{% $x %}","map":"{% $fromParallel %}"},"End":true}}}""",
                "{}");
        assertThat(output(e)).isEqualTo(Json.parse("{\"x\":1,\"map\":[100,200]}"));
    }

    @Test
    void distributedMapIterationsDoNotSeeOuterVariablesAsOnAws() throws Exception {
        String definition = """
                {"QueryLanguage":"JSONata","StartAt":"Set","States":{
                  "Set":{"Type":"Pass","Assign":{"x":1},"Next":"M"},
                  "M":{"Type":"Map","Items":"{% [1] %}","End":true,
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"MODE"MORE},"StartAt":"I","States":{
                      "I":{"Type":"Pass","Output":{"seen":"{% $exists($x) %}"},"End":true}}}}}}""";
        assertThat(output(run(definition.replace("MODE", "DISTRIBUTED").replace("MORE", ",\"ExecutionType\":\"STANDARD\""),
                "{}"))).isEqualTo(Json.parse("[{\"seen\":false}]"));
        assertThat(output(run(definition.replace("MODE", "INLINE").replace("MORE", ""), "{}")))
                .isEqualTo(Json.parse("[{\"seen\":true}]"));
    }

    @Test
    void aWinningChoiceRuleAssignsAndOverridesTheStateLevelAssign() throws Exception {
        String definition = """
                {"QueryLanguage":"JSONata","StartAt":"C","States":{
                  "C":{"Type":"Choice","Assign":{"path":"default","seen":true},"Default":"End",
                    "Choices":[{"Condition":"{% $states.input.go %}","Next":"End","Assign":{"path":"rule"},
                                "Output":{"chosen":true}}]},
                  "End":{"Type":"Pass","Output":{"path":"{% $path %}","seen":"{% $seen %}","in":"{% $states.input %}"},
                    "End":true}}}""";
        assertThat(output(run(definition, "{\"go\":true}")))
                .isEqualTo(Json.parse("{\"path\":\"rule\",\"seen\":true,\"in\":{\"chosen\":true}}"));
        assertThat(output(run(definition, "{\"go\":false}")))
                .isEqualTo(Json.parse("{\"path\":\"default\",\"seen\":true,\"in\":{\"go\":false}}"));
    }

    @Test
    void jsonPathStatesAssignFromTheResultAndReadVariablesAsPaths() throws Exception {
        Execution e = run("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Parameters":{"v.$":"$.in"},"Assign":{"saved.$":"$.v","n":5},
                       "ResultPath":"$.ignored","Next":"B"},
                  "B":{"Type":"Pass","Parameters":{"got.$":"$saved.deep","n.$":"$n","fmt.$":"States.Format('{}', $n)"},
                       "End":true}}}""",
                "{\"in\":{\"deep\":\"value\"}}");
        assertThat(output(e)).isEqualTo(Json.parse("{\"got\":\"value\",\"n\":5,\"fmt\":\"5\"}"));
    }

    @Test
    void stateExitedEventsCarryTheAssignedVariables() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"list":[1,"{% 1 + 1 %}"],"s":"t"},"End":true}}}""", "{}");
        output(e);
        HistoryEvent exited = e.history().snapshot().stream().filter(h -> h.type().equals("PassStateExited"))
                .findFirst().orElseThrow();
        assertThat(exited.details().get("assignedVariables"))
                .isEqualTo(Json.parse("{\"list\":\"[1,2]\",\"s\":\"\\\"t\\\"\"}"));
        assertThat(exited.details().path("assignedVariablesDetails").path("truncated").asBoolean(true)).isFalse();
    }

    @Test
    void jsonataCatchOutputsAndAssignsFromTheErrorOutput() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                       "Arguments":{"FunctionName":"boom","Payload":{}},"Assign":{"never":true},
                       "Catch":[{"ErrorEquals":["States.ALL"],"Next":"D","Assign":{"err":"{% $states.errorOutput.Error %}"},
                                 "Output":{"caught":"{% $states.errorOutput.Error %}"}}],"End":true},
                  "D":{"Type":"Pass","Output":{"in":"{% $states.input %}","err":"{% $err %}"},"End":true}}}""",
                "{}");
        assertThat(output(e)).isEqualTo(Json.parse(
                "{\"in\":{\"caught\":\"IllegalArgumentException\"},\"err\":\"IllegalArgumentException\"}"));
    }

    @Test
    void failedEvaluationFailsTheStateWithAwsCauseAndEvent() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"S","States":{
                  "S":{"Type":"Pass","Output":{"r":"{% $nope %}"},"End":true}}}""", "{}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(e.cause()).isEqualTo("An error occurred while executing the state 'S' (entered at the event id #2)."
                + " The JSONata expression '$nope' specified for the field 'Output/r' returned nothing (undefined).");
        assertThat(e.history().snapshot()).extracting(HistoryEvent::type)
                .containsExactly("ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed");
    }

    @Test
    void mapItemsMustBeAnArray() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":"{% $states.input.x %}",
                  "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
                "{\"x\":{\"a\":1}}");
        assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(e.cause()).endsWith("The JSONata expression '$states.input.x' specified for the field 'Items' "
                + "returned an unexpected result type. Expected 'array', but was 'object' for value: {\"a\":1}");
    }

    @Test
    void aVariableOverTheSizeLimitFailsTheState() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"big":"{% $states.input.s & $states.input.s %}"},"End":true}}}""",
                "{\"s\":\"" + "x".repeat(150_000) + "\"}");
        assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(e.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void theVariablesOfAnExecutionMayNotExceedTenMebibytesInTotal() throws Exception {
        StringBuilder states = new StringBuilder();
        int count = 42; // 42 variables of 250,002 bytes each pass 10 MiB at the last one
        for (int i = 0; i < count; i++) {
            states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Assign\":{\"v")
                    .append(i).append("\":\"{% $states.input.s %}\"},")
                    .append(i == count - 1 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
        }
        Execution e = run("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S0\",\"States\":{" + states + "}}",
                "{\"s\":\"" + "x".repeat(250_000) + "\"}");
        assertThat(e.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(e.cause()).contains("'S" + (count - 1) + "'", "total size");
    }

    @Test
    void waitSecondsAndFailFieldsTakeExpressions() throws Exception {
        Execution e = run("""
                {"QueryLanguage":"JSONata","StartAt":"W","States":{
                  "W":{"Type":"Wait","Seconds":"{% $states.input.delay %}","Next":"F"},
                  "F":{"Type":"Fail","Error":"{% 'Custom.' & $states.input.kind %}","Cause":"{% $string($states.input.delay) %}"}}}""",
                "{\"delay\":0,\"kind\":\"Bad\"}");
        assertThat(e.error()).isEqualTo("Custom.Bad");
        assertThat(e.cause()).isEqualTo("0");
    }
}
