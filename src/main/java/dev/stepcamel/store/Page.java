package dev.stepcamel.store;

import java.util.List;

/** One page of a listing; {@code nextToken} is {@code null} on the last page. */
public record Page<T>(List<T> items, String nextToken) {
    public Page {
        items = List.copyOf(items);
    }
}
