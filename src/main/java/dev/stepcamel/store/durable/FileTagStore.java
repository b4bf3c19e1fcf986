package dev.stepcamel.store.durable;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stepcamel.data.Json;
import dev.stepcamel.store.InMemoryTagStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags in {@code tags.json} of the data directory. Tag changes are rare API calls, so each one
 * rewrites the whole file: written beside it, forced to disk, then moved over it atomically, so
 * that a crash leaves either the old tags or the new ones.
 */
public final class FileTagStore extends InMemoryTagStore {
    private static final TypeReference<Map<String, LinkedHashMap<String, String>>> SHAPE = new TypeReference<>() {
    };
    private final Path file;

    private FileTagStore(Path file) {
        this.file = file;
    }

    public static FileTagStore open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileTagStore store = new FileTagStore(dataDir.resolve("tags.json"));
        if (Files.exists(store.file)) {
            Map<String, LinkedHashMap<String, String>> saved = Json.MAPPER.readValue(store.file.toFile(), SHAPE);
            saved.forEach(store::addInMemory);
        }
        return store;
    }

    private void addInMemory(String arn, Map<String, String> tags) {
        super.add(arn, tags);
    }

    @Override
    public synchronized void add(String arn, Map<String, String> tags) {
        super.add(arn, tags);
        save();
    }

    @Override
    public synchronized void remove(String arn, Collection<String> keys) {
        super.remove(arn, keys);
        save();
    }

    @Override
    public synchronized void forget(String arn) {
        super.forget(arn);
        save();
    }

    private void save() {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.write(next, Json.MAPPER.writeValueAsBytes(new TreeMap<>(all())));
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
