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

/** The external receiver of the crash check: counts {@code POST /hit?key=K} per key. */
final class CounterServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    CounterServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "counter");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/hit", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String key = URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
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
        server.stop(0);
    }
}
