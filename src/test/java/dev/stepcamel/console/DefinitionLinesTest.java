package dev.stepcamel.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionLinesTest {
    private static final String TEXT = """
            {
              "StartAt": "A",
              "States": {
                "A": {
                  "Type": "Choice",
                  "Choices": [
                    {"Variable": "$.x", "NumericEquals": 1, "Next": "B"},
                    {
                      "Variable": "$.x",
                      "Next": "C/D"
                    }
                  ]
                },
                "C/D": {"Type": "Succeed"}
              }
            }
            """;

    @Test
    void findsTheLineOfFieldsAndArrayItems() {
        DefinitionLines lines = DefinitionLines.of(TEXT);
        assertThat(lines.lineOf("/StartAt")).isEqualTo(2);
        assertThat(lines.lineOf("/States/A")).isEqualTo(4);
        assertThat(lines.lineOf("/States/A/Choices/0/Next")).isEqualTo(7);
        assertThat(lines.lineOf("/States/A/Choices/1")).isEqualTo(8);
        assertThat(lines.lineOf("/States/A/Choices/1/Next")).isEqualTo(10);
        assertThat(lines.lineOf("/States/C~1D/Type")).isEqualTo(14);
    }

    @Test
    void aMissingFieldFallsBackToItsParentAndTheRootToLineOne() {
        DefinitionLines lines = DefinitionLines.of(TEXT);
        assertThat(lines.lineOf("/States/A/Default")).isEqualTo(4);
        assertThat(lines.lineOf("")).isEqualTo(1);
        assertThat(lines.lineOf(null)).isEqualTo(1);
        assertThat(DefinitionLines.of("{\"StartAt\": \n \"A\", oops").lineOf("/StartAt")).isEqualTo(1);
    }

    @Test
    void theStateOfAPointerIsTheInnermostOne() {
        assertThat(MachineViews.stateOf("/States/P/Branches/0/States/Inner/Next")).isEqualTo("Inner");
        assertThat(MachineViews.stateOf("/States/C~1D/Type")).isEqualTo("C/D");
        assertThat(MachineViews.stateOf("/StartAt")).isNull();
    }
}
