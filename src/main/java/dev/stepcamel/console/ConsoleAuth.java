package dev.stepcamel.console;

import dev.stepcamel.config.ConsoleAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic authentication against the configured console login, when there is one. */
final class ConsoleAuth {
    static final String CHALLENGE = "Basic realm=\"Stepcamel console\", charset=\"UTF-8\"";

    private final ConsoleAccess access;

    ConsoleAuth(ConsoleAccess access) {
        this.access = access;
    }

    /** Whether a request with this {@code Authorization} header value may use the console. */
    boolean allows(String authorization) {
        if (!access.loginRequired()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (access.username() + ":" + access.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
