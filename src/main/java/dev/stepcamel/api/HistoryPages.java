package dev.stepcamel.api;

import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.store.InvalidPageTokenException;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.PageTokens;
import java.util.ArrayList;
import java.util.List;

/** Pages through an execution's history; a token is the index to resume at in the chosen order. */
final class HistoryPages {
    private HistoryPages() {
    }

    static Page<HistoryEvent> page(String executionArn, List<HistoryEvent> events, boolean reverse, String token,
            int maxResults) {
        String listing = "history:" + executionArn + ":" + reverse;
        int from = token == null ? 0 : position(listing, token, events.size());
        List<HistoryEvent> ordered = new ArrayList<>(events);
        if (reverse) {
            java.util.Collections.reverse(ordered);
        }
        int to = Math.min(ordered.size(), from + maxResults);
        String next = to < ordered.size() ? PageTokens.encode(listing, Integer.toString(to)) : null;
        return new Page<>(ordered.subList(from, to), next);
    }

    private static int position(String listing, String token, int size) {
        try {
            int at = Integer.parseInt(PageTokens.decode(listing, token));
            if (at < 0 || at > size) {
                throw Errors.invalidToken(token);
            }
            return at;
        } catch (NumberFormatException | InvalidPageTokenException e) {
            throw Errors.invalidToken(token);
        }
    }
}
