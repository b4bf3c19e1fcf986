package dev.stepcamel.asl.validate;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Test definitions written compactly: ' stands for " and ` for ' (as intrinsic arguments need). */
final class Definitions {
    private static final DefinitionValidator VALIDATOR = new DefinitionValidator();

    private Definitions() {
    }

    static String json(String compact) {
        return compact.replace('\'', '"').replace('`', '\'');
    }

    /** A machine whose only state, S, is {@code state}. */
    static String single(String state) {
        return json("{'StartAt':'S','States':{'S':" + state + "}}");
    }

    /** A machine of the given states (a compact JSON object body), starting at the first named. */
    static String machine(String startAt, String states) {
        return json("{'StartAt':'" + startAt + "','States':{" + states + "}}");
    }

    /** Each diagnostic as {@code CODE@location}, the two things every test pins. */
    static List<String> problems(String definition) {
        return VALIDATOR.validate(definition).stream().map(d -> d.code() + "@" + d.location()).toList();
    }

    static Arguments invalid(String name, String definition, String... expected) {
        return Arguments.of(name, definition, List.of(expected));
    }

    static String schema(String location) {
        return DiagnosticCode.SCHEMA_VALIDATION_FAILED + "@" + location;
    }

    static String target(String location) {
        return DiagnosticCode.MISSING_TRANSITION_TARGET + "@" + location;
    }
}
