package dev.stepcamel.store;

import dev.stepcamel.store.durable.DurableStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The ActivityStore contract on the journal (the restart side is in DurableCallbacksTest). */
class DurableActivityStoreTest extends ActivityStoreContract {
    @TempDir
    Path dir;
    private final List<DurableStore> opened = new ArrayList<>();

    @Override
    ActivityStore newStore() {
        try {
            DurableStore store = DurableStore.open(dir.resolve("s" + opened.size()), Runnable::run);
            opened.add(store);
            return store.activities();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        opened.forEach(DurableStore::close);
    }
}
