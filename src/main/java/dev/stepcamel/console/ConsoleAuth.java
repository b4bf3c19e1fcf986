package dev.stepcamel.console;

import dev.stepcamel.config.ConsoleAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic authentication against the configured console login, when there is one. */
final class ConsoleAuth {
    static final String CHALLENGE = "Basic realm=\"Stepcamel console\", charset=\"UTF-8\"";

    private final ConsoleAccess access;
    private final boolean loopbackOnly;

    /** {@code loopbackOnly}: the server listens on a loopback address only. */
    ConsoleAuth(ConsoleAccess access, boolean loopbackOnly) {
        this.access = access;
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * Whether a request for this {@code Host} may be served. A server that listens on loopback only
     * answers only to loopback names, so a page of another site whose name was made to resolve to
     * 127.0.0.1 (DNS rebinding) cannot read the console as if it were its own.
     */
    boolean hostAllowed(String host) {
        if (!loopbackOnly || host == null) {
            return true;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return name.equalsIgnoreCase("localhost") || name.startsWith("127.") || name.equals("[::1]");
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
