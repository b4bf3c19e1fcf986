package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-definition behaviour: every problem is reported, and AWS's message is built from them. */
class DefinitionValidatorTest {
    private final DefinitionValidator validator = new DefinitionValidator();

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        String definition = Definitions.json("{'Comment':'c','TimeoutSeconds':-1,'StartAt':'Check','States':{"
                + "'Check':{'Type':'Choice','Choices':[{'Variable':'$.n','NumericEquals':'one','Next':'Gone'}],"
                + "'Default':'Work'},"
                + "'Work':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','ResultSelector':"
                + "{'x.$':'x'},'Retry':[{'ErrorEquals':[],'BackoffRate':0}],'Next':'Done'},"
                + "'Done':{'Type':'Succeed','Next':'Work'},"
                + "'Orphan':{'Type':'Wait','End':true}}}");

        assertThat(problems(definition)).containsExactlyInAnyOrder(
                schema("/TimeoutSeconds"),
                schema("/States/Check/Choices/0/NumericEquals"),
                target("/States/Check/Choices/0/Next"),
                schema("/States/Work/ResultSelector/x.$"),
                schema("/States/Work/Retry/0/ErrorEquals"),
                schema("/States/Work/Retry/0/BackoffRate"),
                schema("/States/Done"),
                schema("/States/Orphan"),
                target("/States/Orphan"));
    }

    @Test
    void validDefinitionHasNoDiagnostics() {
        assertThat(validator.validate(machine("A", "'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Succeed'}")))
                .isEmpty();
    }

    @Test
    void messageJoinsDiagnosticsTheWayAwsDoes() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.error("MISSING_TRANSITION_TARGET", "Missing 'Next' target: X", "/States/A/Next"),
                Diagnostic.error("SCHEMA_VALIDATION_FAILED", "Field 'Foo' is not supported", "/States/B"));

        assertThat(DefinitionValidator.invalidDefinitionMessage(diagnostics)).isEqualTo(
                "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: X at "
                        + "/States/A/Next, SCHEMA_VALIDATION_FAILED: Field 'Foo' is not supported at /States/B'");
    }

    @Test
    void messageOmitsLocationWhenThereIsNoneAndSkipsWarnings() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.error("INVALID_JSON_DESCRIPTION", "Unexpected end-of-input", null),
                new Diagnostic(Diagnostic.Severity.WARNING, "NO_DOLLAR", "looks like a path", "/States/A"));

        assertThat(DefinitionValidator.invalidDefinitionMessage(diagnostics))
                .isEqualTo("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: Unexpected end-of-input'");
    }

    @Test
    void messageForAMissingFieldAtTheRoot() {
        String message = DefinitionValidator.invalidDefinitionMessage(
                validator.validate(Definitions.json("{'StartAt':'S'}")));

        assertThat(message).isEqualTo(
                "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'");
    }
}
