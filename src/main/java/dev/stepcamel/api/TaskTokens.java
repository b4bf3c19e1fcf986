package dev.stepcamel.api;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Task tokens: 384 random bits from a {@link SecureRandom}, URL-safe Base64; nothing to guess. */
final class TaskTokens {
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{64}$");
    static final int MAX_LENGTH = 2048;

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refuses what cannot be one of our tokens, as AWS does: ValidationException or InvalidToken. */
    static String require(String token) {
        if (token == null) {
            throw ApiException.validation("null", "taskToken", "not be null");
        }
        if (token.isEmpty() || token.length() > MAX_LENGTH) {
            throw ApiException.validation("'" + token + "'", "taskToken",
                    "have length " + (token.isEmpty() ? "greater than or equal to 1" : "less than or equal to " + MAX_LENGTH));
        }
        if (!SHAPE.matcher(token).matches()) {
            throw Errors.invalidTaskToken(token);
        }
        return token;
    }
}
