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
}
