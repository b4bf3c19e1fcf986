package dev.stepcamel.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataSyntaxTest {
    @Test
    void aSyntaxErrorIsAProblemNamingTheStateAndField() throws Exception {
        List<Diagnostic> problems = JsonataSyntax.check(Json.parse("""
                {"QueryLanguage":"JSONata","StartAt":"S","States":{
                  "S":{"Type":"Pass","Comment":"{% not read ( %}","Output":{"a":"{% $states.input.( %}"},"Next":"P"},
                  "P":{"Type":"Parallel","End":true,"Branches":[{"StartAt":"B","States":{
                    "B":{"Type":"Choice","Choices":[{"Condition":"{% 1 = %}","Next":"C"}],"Default":"C"},
                    "C":{"Type":"Succeed"}}}]}}}"""));

        assertThat(problems).extracting(Diagnostic::location).containsExactlyInAnyOrder(
                "/States/S/Output", "/States/P/Branches/0/States/B/Choices");
        assertThat(problems).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("The JSONata expression '$states.input.(' specified for the field 'Output/a' is invalid"));
    }

    @Test
    void jsonPathStatesAreNotReadAsJsonata() throws Exception {
        assertThat(JsonataSyntax.check(Json.parse("""
                {"StartAt":"S","States":{"S":{"Type":"Pass","Result":"{% not jsonata (","End":true}}}"""))).isEmpty();
    }

    @Test
    void resultAndErrorOutputReadWhereTheyAreNotAvailableAreProblems() throws Exception {
        List<Diagnostic> problems = JsonataSyntax.check(Json.parse("""
                {"QueryLanguage":"JSONata","StartAt":"S","States":{
                  "S":{"Type":"Pass","Output":{"r":"{% $states.result %}"},"Next":"T"},
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Arguments":{"p":"{% $states.result.Payload %}"},
                    "Output":"{% $states.result %}","Assign":{"e":"{% $states.errorOutput %}"},
                    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C",
                      "Output":"{% $states.errorOutput %}","Assign":{"r":"{% /* $states.result */ $states.`result` %}"}}],
                    "Next":"C"},
                  "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.result = 1 %}","Next":"D"}],"Default":"D"},
                  "D":{"Type":"Succeed","Output":"{% '$states.result is only text here' & $states.input %}"}}}"""));

        assertThat(problems).extracting(Diagnostic::location).containsExactlyInAnyOrder("/States/S/Output/r",
                "/States/T/Arguments/p", "/States/T/Assign/e", "/States/T/Catch/0/Assign/r",
                "/States/C/Choices/0/Condition");
        assertThat(problems).extracting(Diagnostic::code).containsOnly("SCHEMA_VALIDATION_FAILED");
        assertThat(problems).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).isEqualTo(
                "The JSONata expression '$states.result.Payload' specified for the field 'Arguments/p' of state 'T'"
                        + " reads $states.result, which is not available there: $states.result is available only in"
                        + " the Output and Assign of a Task, Parallel or Map state"));
    }
}
