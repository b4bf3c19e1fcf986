package dev.stepcamel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash check's callback worker, outside the runtime: each task token it receives it answers
 * a little later with SendTaskSuccess through the runtime's HTTP API, trying again while the
 * runtime is down until the answer is accepted or refused (a token the runtime closed, because
 * the Task was retried, is refused with TaskTimedOut). Counts accepted answers per key.
 */
final class CallbackAnswerer implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "answerer");
        t.setDaemon(true);
        return t;
    });
    private final Random random = new Random(7);
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger oddAnswers = new AtomicInteger();
    private final Map<String, AtomicInteger> unsure = new ConcurrentHashMap<>();
    private final AtomicInteger whileDown = new AtomicInteger();
    private volatile SfnHttp sfn;

    /** Where the answers go, once the runtime's port is known. */
    void answerTo(SfnHttp api) {
        this.sfn = api;
    }

    /** Answers {@code token} for {@code key} in 100 to 400 ms (as a queue consumer would). */
    void received(String key, String token) {
        int delay;
        synchronized (random) {
            delay = 100 + random.nextInt(300);
        }
        timer.schedule(() -> answer(key, token, false), delay, TimeUnit.MILLISECONDS);
    }

    private void answer(String key, String token, boolean retried) {
        ObjectNode request = Json.MAPPER.createObjectNode().put("taskToken", token)
                .put("output", Json.write(Json.MAPPER.createObjectNode().put("key", key).put("answered", true)));
        try {
            sfn.call("SendTaskSuccess", request);
            accepted.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (retried) {
                whileDown.incrementAndGet();
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("\"TaskTimedOut\"") || message.contains("\"TaskDoesNotExist\"")) {
                if (retried) { // an earlier try may have been accepted, its reply cut off by the kill
                    unsure.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                } else {
                    refused.incrementAndGet(); // the token was closed: its Task was retried with a new one
                }
            } else {
                if (message.contains(" answered ") && oddAnswers.incrementAndGet() <= 5) {
                    System.err.println("answerer: " + key + ": " + message);
                }
                retry(key, token); // the runtime is down or starting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("answerer: " + key + ": " + e);
            retry(key, token);
        }
    }

    private void retry(String key, String token) {
        if (!timer.isShutdown()) {
            timer.schedule(() -> answer(key, token, true), 100, TimeUnit.MILLISECONDS);
        }
    }

    int accepted(String key) {
        AtomicInteger n = accepted.get(key);
        return n == null ? 0 : n.get();
    }

    /**
     * Answers refused after a try that got no reply (the runtime was killed): either the first try
     * was accepted and its reply lost, or the token was closed meanwhile.
     */
    int unsure(String key) {
        AtomicInteger n = unsure.get(key);
        return n == null ? 0 : n.get();
    }

    /** All answers refused after a try that got no reply. */
    int unsure() {
        return unsure.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Answers accepted only after trying while the runtime was down. */
    int acceptedAfterOutage() {
        return whileDown.get();
    }

    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
