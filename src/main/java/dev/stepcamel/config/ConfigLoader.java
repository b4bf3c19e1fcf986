package dev.stepcamel.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Reads {@code <config>/application.properties} (optional) and applies command-line overrides. */
public final class ConfigLoader {
    public static final String FILE_NAME = "application.properties";

    private ConfigLoader() {
    }

    public static StepcamelConfig load(Path configDir, Path routesDir, Map<String, String> overrides)
            throws IOException {
        Properties properties = new Properties();
        Path file = configDir == null ? null : configDir.resolve(FILE_NAME);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        overrides.forEach(properties::setProperty);
        return StepcamelConfig.from(properties, routesDir);
    }
}
