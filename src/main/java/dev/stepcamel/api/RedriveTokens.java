package dev.stepcamel.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RedriveExecution's idempotency: the last 10 client tokens that redrove an execution answer
 * again with that redrive's date, for 15 minutes after their first use, as AWS documents.
 */
final class RedriveTokens {
    static final int KEPT = 10;
    static final Duration VALID = Duration.ofMinutes(15);

    private record Used(String token, Instant firstUsed, Instant redriveDate) {
    }

    private final Map<String, Deque<Used>> byExecution = new ConcurrentHashMap<>();

    /** The redrive date {@code token} already got for the execution, or {@code null}. */
    Instant find(String executionArn, String token, Instant now) {
        Deque<Used> used = byExecution.get(executionArn);
        if (token == null || used == null) {
            return null;
        }
        synchronized (used) {
            for (Used u : used) {
                if (u.token().equals(token) && !u.firstUsed().plus(VALID).isBefore(now)) {
                    return u.redriveDate();
                }
            }
        }
        return null;
    }

    void remember(String executionArn, String token, Instant now, Instant redriveDate) {
        if (token == null) {
            return;
        }
        Deque<Used> used = byExecution.computeIfAbsent(executionArn, k -> new ArrayDeque<>());
        synchronized (used) {
            used.addLast(new Used(token, now, redriveDate));
            while (used.size() > KEPT) {
                used.removeFirst();
            }
        }
    }
}
