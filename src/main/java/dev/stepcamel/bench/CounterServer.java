package dev.stepcamel.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The external receiver of the crash check: counts {@code POST /hit?key=K} per key; a hit that
 * carries {@code &token=T} is a callback request, which its {@link CallbackAnswerer} answers.
 */
final class CounterServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CallbackAnswerer answerer = new CallbackAnswerer();

    CounterServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "counter");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/hit", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String key = query.get("key");
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (query.containsKey("token")) {
                answerer.received(key, query.get("token"));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Who answers the task tokens that come with a hit. */
    CallbackAnswerer answerer() {
        return answerer;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int count(String key) {
        AtomicInteger n = hits.get(key);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        answerer.close();
        server.stop(0);
    }
}
