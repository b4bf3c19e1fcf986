package dev.stepcamel.api;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Predictable ids: 00000000-0000-0000-0000-000000000001, ...02, ... */
public final class TestIds implements Supplier<UUID> {
    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID get() {
        return new UUID(0, next.incrementAndGet());
    }
}
