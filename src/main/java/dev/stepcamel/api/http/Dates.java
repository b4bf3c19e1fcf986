package dev.stepcamel.api.http;

import java.math.BigDecimal;
import java.time.Instant;

/** The JSON 1.0 protocol's timestamps: seconds since the epoch, with milliseconds as a fraction. */
final class Dates {
    private Dates() {
    }

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }
}
