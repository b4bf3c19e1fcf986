package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resources an Express workflow refuses but a Standard one accepts. */
class ExpressValidationTest {
    private final DefinitionValidator validator = new DefinitionValidator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:us-east-1:123456789012:activity:approve | Express state machine does not support Activity ARN",
        "arn:aws:states:::states:startExecution.sync | Express state machine does not support '.sync' service integration",
        "arn:aws:states:::states:startExecution.sync:2 | Express state machine does not support '.sync' service integration",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken | "
                + "Express state machine does not support '.waitForTaskToken' service integration"})
    void expressRefusesWaitingResources(String resource, String message) {
        String definition = single("{'Type':'Task','Resource':'" + resource + "','End':true}");

        List<Diagnostic> express = validator.validate(definition, true);

        assertThat(express).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SCHEMA_VALIDATION_FAILED);
            assertThat(d.location()).isEqualTo("/States/S/Resource");
            assertThat(d.message()).isEqualTo(message);
        });
        assertThat(validator.validate(definition)).isEmpty();
    }
}
