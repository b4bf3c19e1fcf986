package dev.stepcamel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadTest {

    @Test
    void spreadOfAnOddCountTakesTheMiddleValue() {
        assertThat(Spread.of(5, 1, 3)).isEqualTo(new Spread(1, 3, 5));
    }

    @Test
    void spreadOfAnEvenCountAveragesTheMiddlePair() {
        assertThat(Spread.of(4, 1, 2, 10)).isEqualTo(new Spread(1, 3, 10));
    }

    @ParameterizedTest
    @CsvSource({"0.0,1", "0.5,50", "0.99,99", "0.991,100", "1.0,100"})
    void percentileIsNearestRank(double quantile, long expected) {
        long[] values = new long[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = values.length - i; // unsorted: 100 .. 1
        }
        assertThat(Spread.percentile(values, quantile)).isEqualTo(expected);
    }

    @Test
    void formatJoinsMinMedianMax() {
        assertThat(new Spread(1.234, 2, 3.5).format("%.1f")).isEqualTo("1.2/2.0/3.5");
    }
}
