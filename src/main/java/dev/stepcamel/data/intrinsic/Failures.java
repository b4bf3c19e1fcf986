package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.data.Json;

/**
 * Every run-time failure of an intrinsic, in one place so that the cause texts stay consistent.
 * The runtime prefixes them with the state name and event id, as AWS does.
 */
final class Failures {
    private Failures() {
    }

    static AslException failure(String cause) {
        return new AslException(ErrorNames.INTRINSIC_FAILURE, cause);
    }

    /** A path argument that selects nothing is a {@code States.Runtime} error in AWS, not an intrinsic one. */
    static AslException pathNotFound(String path, String document) {
        return AslException.runtime(
                "The JsonPath argument for the field '" + path + "' could not be found in the input '" + document + "'");
    }

    static AslException wrongType(String function, int index, ArgType expected, JsonNode actual) {
        return failure("The value of argument " + (index + 1) + " of " + function + " must be "
                + expected.description() + ", but was: " + (actual == null ? "nothing" : Json.write(actual)));
    }

    static AslException invalid(String function, String problem) {
        return failure("Invalid arguments in " + function + ": " + problem);
    }
}
