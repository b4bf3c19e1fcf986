package dev.stepcamel.data.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-08-18T17:33:00Z",
        "2016-08-18T17:33:00.5Z",
        "2016-08-18T17:33:00.123456789Z",
        "2016-08-18T17:33:00+05:30",
        "2016-08-18T17:33:00-00:00",
        "2016-02-29T00:00:00Z",
        "0001-01-01T00:00:00Z",
    })
    void acceptsRfc3339WithUppercaseSeparators(String text) {
        assertThat(Rfc3339.parse(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-08-18t17:33:00Z",
        "2016-08-18T17:33:00z",
        "2016-08-18 17:33:00Z",
        "2016-08-18T17:33:00",
        "2016-08-18T17:33Z",
        "2016-08-18",
        "2016-08-18T17:33:00.Z",
        "2016-08-18T17:33:00.1234567890Z",
        "2016-08-18T17:33:00+0530",
        "2016-08-18T17:33:00+05",
        "2016-08-18T25:33:00Z",
        "2015-02-29T00:00:00Z",
        "2016-13-01T00:00:00Z",
        "16-08-18T17:33:00Z",
        "18-08-2016T17:33:00Z",
        " 2016-08-18T17:33:00Z",
        "2016-08-18T17:33:00Z ",
        "",
    })
    void rejectsEverythingElse(String text) {
        assertThat(Rfc3339.parse(text)).isNull();
    }

    @Test
    void offsetsDenoteTheSameInstant() {
        assertThat(Rfc3339.parse("2016-08-18T19:33:00+02:00")).isEqualTo(Instant.parse("2016-08-18T17:33:00Z"));
    }

    @Test
    void keepsNanoseconds() {
        assertThat(Rfc3339.parse("2016-08-18T17:33:00.000000001Z"))
                .isAfter(Rfc3339.parse("2016-08-18T17:33:00Z"));
    }
}
