package dev.stepcamel.config;

import java.util.Properties;

/**
 * Who may use the web console: {@code stepcamel.console.enabled} (default true) and an optional
 * login ({@code stepcamel.console.username} and {@code .password}); without a username anyone who
 * can reach the port may, which by default is only this host.
 */
public record ConsoleAccess(boolean enabled, String username, String password) {

    public ConsoleAccess {
        if (username != null && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("configuration key '" + Keys.CONSOLE_PASSWORD
                    + "' must be set when '" + Keys.CONSOLE_USERNAME + "' is");
        }
    }

    public static ConsoleAccess open() {
        return new ConsoleAccess(true, null, null);
    }

    static ConsoleAccess from(Properties properties) {
        String enabled = properties.getProperty(Keys.CONSOLE_ENABLED, "true").trim();
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException("configuration key '" + Keys.CONSOLE_ENABLED + "' must be true or false");
        }
        return new ConsoleAccess(Boolean.parseBoolean(enabled), blankToNull(properties.getProperty(Keys.CONSOLE_USERNAME)),
                blankToNull(properties.getProperty(Keys.CONSOLE_PASSWORD)));
    }

    public boolean loginRequired() {
        return username != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ConsoleAccess[enabled=" + enabled + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
