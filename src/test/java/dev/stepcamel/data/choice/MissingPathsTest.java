package dev.stepcamel.data.choice;

import static dev.stepcamel.data.choice.ChoiceTesting.comparison;
import static dev.stepcamel.data.choice.ChoiceTesting.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.asl.model.ChoiceRule;
import dev.stepcamel.asl.model.ComparisonOperator;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A path that selects nothing fails the state, for every operator but IsPresent. */
class MissingPathsTest {

    /** An operand each operator accepts: a path for the *Path twins, else a value of its type. */
    static String validOperand(ComparisonOperator op) {
        String name = op.name();
        if (op.comparesToPath()) {
            return "'$.present'";
        }
        if (name.startsWith("Is") || name.startsWith("Boolean")) {
            return "true";
        }
        if (name.startsWith("Numeric")) {
            return "1";
        }
        if (name.startsWith("Timestamp")) {
            return "'2020-01-01T00:00:00Z'";
        }
        return "'a'";
    }

    static Stream<ComparisonOperator> operatorsThatNeedAValue() {
        return Arrays.stream(ComparisonOperator.values()).filter(op -> op != ComparisonOperator.IsPresent);
    }

    static Stream<ComparisonOperator> pathOperators() {
        return Arrays.stream(ComparisonOperator.values()).filter(ComparisonOperator::comparesToPath);
    }

    @ParameterizedTest
    @MethodSource("operatorsThatNeedAValue")
    void missingVariableIsARuntimeError(ComparisonOperator op) {
        ChoiceRule rule = comparison("$.nothing.here", op, validOperand(op));

        assertThatThrownBy(() -> test(rule, "{'present': 1}"))
                .isInstanceOfSatisfying(AslException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorNames.RUNTIME);
                    assertThat(e.cause()).isEqualTo("Invalid path '$.nothing.here': "
                            + "The choice state's condition path references an invalid value.");
                });
    }

    @ParameterizedTest
    @MethodSource("pathOperators")
    void missingOperandPathIsARuntimeErrorNamingThatPath(ComparisonOperator op) {
        ChoiceRule rule = comparison("$.present", op, "'$.absent'");

        assertThatThrownBy(() -> test(rule, "{'present': 1}"))
                .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.cause()).isEqualTo(
                        "Invalid path '$.absent': The choice state's condition path references an invalid value."));
    }

    @ParameterizedTest
    @MethodSource("operatorsThatNeedAValue")
    void nullIsAValueNotAMissingPath(ComparisonOperator op) {
        ChoiceRule rule = comparison("$.v", op, validOperand(op));

        assertThat(test(rule, "{'v': null, 'present': null}"))
                .isEqualTo(op == ComparisonOperator.IsNull);
    }
}
