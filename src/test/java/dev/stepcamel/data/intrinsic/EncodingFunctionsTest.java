package dev.stepcamel.data.intrinsic;

import static dev.stepcamel.data.intrinsic.IntrinsicTesting.assertFails;
import static dev.stepcamel.data.intrinsic.IntrinsicTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {
    private static final String FAILURE = "States.IntrinsicFailure";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Data to encode    | RGF0YSB0byBlbmNvZGU=
            ''                | ''
            a                 | YQ==
            héllo €           | aMOpbGxvIOKCrA==
            """)
    void base64RoundTripsUtf8Text(String text, String base64) {
        String plain = text.equals("''") ? "" : text;
        String encoded = base64.equals("''") ? "" : base64;
        String input = "{\"t\":\"" + plain + "\",\"b\":\"" + encoded + "\"}";
        assertThat(evaluate("States.Base64Encode($.t)", input).textValue()).isEqualTo(encoded);
        assertThat(evaluate("States.Base64Decode($.b)", input).textValue()).isEqualTo(plain);
    }

    /**
     * Digests of "input data" computed independently with coreutils (md5sum, sha1sum, ...). The
     * developer guide's SHA-1 example lacks a digit, so it is not used here.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            MD5     | 812f45842bc6d66ee14572ce20db8e86
            SHA-1   | aaff4a450a104cd177d28d18d74485e8cae074b7
            SHA-256 | b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3
            SHA-384 | d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562
            SHA-512 | 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4
            """)
    void hashesWithEachAlgorithm(String algorithm, String digest) {
        assertThat(evaluate("States.Hash('input data', '" + algorithm + "')", "{}").textValue()).isEqualTo(digest);
        assertThat(evaluate("States.Hash($.d, $.a)", "{\"d\":\"input data\",\"a\":\"" + algorithm + "\"}")
                .textValue()).isEqualTo(digest);
    }

    @Test
    void acceptsInputOfExactlyTenThousandCharacters() {
        String input = "{\"t\":\"" + "a".repeat(10_000) + "\"}";
        assertThat(evaluate("States.Base64Encode($.t)", input).textValue()).hasSize(13_336);
        assertThat(evaluate("States.Hash($.t, 'MD5')", input).textValue()).hasSize(32);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Base64Encode($.t)
            States.Base64Decode($.t)
            States.Hash($.t, 'MD5')
            """)
    void rejectsInputLongerThanTenThousandCharacters(String call) {
        String function = call.substring(0, call.indexOf('('));
        assertFails(call, "{\"t\":\"" + "a".repeat(10_001) + "\"}", FAILURE, "Invalid arguments in " + function
                + ": the input must not be longer than 10000 characters, but has 10001");
    }

    @Test
    void hashRejectsAnUnknownAlgorithmFromThePayload() {
        assertFails("States.Hash('x', $.a)", "{\"a\":\"SHA-3\"}", FAILURE, "Invalid arguments in States.Hash:"
                + " unsupported hash algorithm 'SHA-3'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }

    @Test
    void hashOfDataThatIsNotAStringHashesItsJsonText() {
        assertThat(evaluate("States.Hash($.d, 'MD5')", "{\"d\":{\"a\": [1, 2]}}"))
                .isEqualTo(evaluate("States.Hash('{\"a\":[1,2]}', 'MD5')", "{}"));
        assertThat(evaluate("States.Hash($.d, 'SHA-1')", "{\"d\":12}"))
                .isEqualTo(evaluate("States.Hash('12', 'SHA-1')", "{}"));
    }

    @Test
    void base64EncodeRejectsDataThatIsNotAString() {
        assertFails("States.Base64Encode($.d)", "{\"d\":{\"a\":1}}", FAILURE,
                "The value of argument 1 of States.Base64Encode must be a string, but was: {\"a\":1}");
    }

    @Test
    void base64DecodeRejectsInvalidBase64() {
        assertFails("States.Base64Decode('%%%')", "{}", FAILURE,
                "Invalid arguments in States.Base64Decode: the input is not valid Base64:"
                        + " Illegal base64 character 25");
    }
}
