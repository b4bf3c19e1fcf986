package dev.stepcamel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StepcamelConfigTest {
    private static StepcamelConfig with(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return StepcamelConfig.from(properties, Path.of("routes"));
    }

    @Test
    void executionsAreDurableInDataFor90DaysByDefault() {
        StepcamelConfig config = with();

        assertThat(config.durable()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void storeDataDirectoryAndRetentionCanBeSet() {
        StepcamelConfig config = with("stepcamel.store", "memory", "stepcamel.data-dir", "/var/lib/sc",
                "stepcamel.retention", "12h");

        assertThat(config.durable()).isFalse();
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/sc"));
        assertThat(config.retention()).isEqualTo(Duration.ofHours(12));
        assertThat(with("stepcamel.retention", "P7D").retention()).isEqualTo(Duration.ofDays(7));
        assertThat(with("stepcamel.retention", "45s").retention()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> with("stepcamel.store", "disk")).hasMessageContaining("stepcamel.store")
                .hasMessageContaining("file or memory");
        assertThatThrownBy(() -> with("stepcamel.retention", "soon")).hasMessageContaining("stepcamel.retention");
        assertThatThrownBy(() -> with("stepcamel.retention", "-3d")).hasMessageContaining("stepcamel.retention");
    }
}
