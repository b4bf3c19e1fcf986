package dev.stepcamel.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.asl.validate.Diagnostic;
import dev.stepcamel.data.Json;
import org.junit.jupiter.api.Test;

class UnsupportedFeaturesTest {

    @Test
    void assignAndVariableReferencesAreReportedWhereTheyStand() throws Exception {
        var problems = UnsupportedFeatures.check(Json.parse("""
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
                  "B":{"Type":"Pass","Parameters":{"v.$":"$x","ok.$":"$.y","ctx.$":"$$.Execution.Id"},"Next":"C"},
                  "C":{"Type":"Choice","Choices":[{"Variable":"$count","NumericEquals":1,"Next":"D"}],"Default":"D"},
                  "D":{"Type":"Succeed"}}}"""));
        assertThat(problems).extracting(Diagnostic::location).containsExactly("/States/A/Assign",
                "/States/B/Parameters/v.$", "/States/C/Choices/0/Variable");
        assertThat(problems.get(1).message()).contains("'$x'");
    }

    @Test
    void plainJsonPathDefinitionsHaveNone() throws Exception {
        assertThat(UnsupportedFeatures.check(Json.parse("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.a","Parameters":{"b.$":"$['c']",
                  "d.$":"States.Format('{}', $.e)"},"End":true}}}"""))).isEmpty();
    }
}
