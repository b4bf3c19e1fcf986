package dev.stepcamel.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page tokens: the position to resume after, tagged so a token of one listing is refused by another. */
public final class PageTokens {
    private PageTokens() {
    }

    public static String encode(String listing, String position) {
        String raw = listing + "\n" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside {@code token}; throws {@link InvalidPageTokenException} when it is not ours. */
    public static String decode(String listing, String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int cut = raw.indexOf('\n');
            if (cut < 0 || !raw.substring(0, cut).equals(listing)) {
                throw new InvalidPageTokenException(token);
            }
            return raw.substring(cut + 1);
        } catch (IllegalArgumentException e) {
            throw new InvalidPageTokenException(token);
        }
    }
}
