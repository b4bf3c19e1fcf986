package dev.stepcamel.store.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal of records in numbered segment files, written by one thread with group
 * commit: whatever was queued while the previous {@code fdatasync} ran is written and synced
 * together, then the commit waiters queued behind those records run. A record is
 * {@code [payload length][CRC32C of key and payload][key][payload]}; on opening, a torn record
 * at the end of the last segment (a crash mid-write) is cut off.
 */
final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    static final int HEADER = 16;
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".jnl";

    /** What replay hands back: one record. */
    interface RecordVisitor {
        void visit(long key, byte[] payload);
    }

    private final Path dir;
    private final long segmentBytes;
    private final Executor waiters;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private FileChannel channel;
    private volatile int segment;
    private volatile boolean closed;
    private volatile Throwable failure;
    private long commits;
    private long written;

    private Journal(Path dir, long segmentBytes, Executor waiters, int segment, FileChannel channel) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.waiters = waiters;
        this.segment = segment;
        this.channel = channel;
        this.writer = new Thread(this::writeLoop, "stepcamel-journal");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Opens the journal in {@code dir} (created if missing), first handing every intact record
     * to {@code visitor} in order. Commit waiters run on {@code waiters}.
     */
    static Journal open(Path dir, long segmentBytes, Executor waiters, RecordVisitor visitor) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> leftovers = Files.list(dir)) {
            for (Path file : leftovers.filter(p -> p.toString().endsWith(SUFFIX + ".tmp")).toList()) {
                Files.delete(file); // a compaction the process did not finish: its sources are intact
            }
        }
        List<Path> segments = segments(dir);
        for (int i = 0; i < segments.size(); i++) {
            replay(segments.get(i), i == segments.size() - 1, visitor);
        }
        int last = segments.isEmpty() ? 1 : number(segments.get(segments.size() - 1));
        Path file = dir.resolve(name(last));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.position(channel.size());
        if (segments.isEmpty()) {
            syncDirectory(dir);
        }
        return new Journal(dir, segmentBytes, waiters, last, channel);
    }

    private static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static int number(Path segment) {
        String name = segment.getFileName().toString();
        return Integer.parseInt(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }

    private static String name(int number) {
        return String.format("%s%08d%s", PREFIX, number, SUFFIX);
    }

    private static void replay(Path file, boolean last, RecordVisitor visitor) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer data = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE - 16))
                    .order(ByteOrder.BIG_ENDIAN);
            while (data.hasRemaining() && in.read(data) >= 0) {
                // read the whole segment
            }
            data.flip();
            long good = 0;
            while (data.remaining() >= HEADER) {
                int length = data.getInt();
                int crc = data.getInt();
                long key = data.getLong();
                if (length < 0 || length > data.remaining()) {
                    break;
                }
                byte[] payload = new byte[length];
                data.get(payload);
                if (crc != crc(key, payload)) {
                    break;
                }
                visitor.visit(key, payload);
                good = data.position();
            }
            if (good < size) {
                if (!last) {
                    throw new IOException("journal segment " + file + " is damaged at byte " + good
                            + " and is not the last one; refusing to guess what was lost");
                }
                LOG.warn("Cutting off {} bytes of a record torn by a crash at the end of {}", size - good, file);
                in.truncate(good);
                in.force(true);
            }
        }
    }

    static int crc(long key, byte[] payload) {
        return crc(key, payload, payload.length);
    }

    private static int crc(long key, byte[] payload, int length) {
        CRC32C crc = new CRC32C();
        ByteBuffer keyBytes = ByteBuffer.allocate(8).putLong(0, key);
        crc.update(keyBytes);
        crc.update(payload, 0, length);
        return (int) crc.getValue();
    }

    /** A framed record, built on the caller's thread so that the writer only copies bytes. */
    static byte[] frame(long key, byte[] payload) {
        return frame(key, payload, payload.length);
    }

    /** Frames the first {@code length} bytes of {@code payload}. */
    static byte[] frame(long key, byte[] payload, int length) {
        ByteBuffer framed = ByteBuffer.allocate(HEADER + length);
        framed.putInt(length).putInt(crc(key, payload, length)).putLong(key).put(payload, 0, length);
        return framed.array();
    }

    /** Queues a record; it is durable once a later {@link #afterCommit} action runs. */
    void append(byte[] framedRecord) {
        requireOpen();
        queue.add(framedRecord);
    }

    /** Runs {@code action} on the waiter executor once every record appended before it is on disk. */
    void afterCommit(Runnable action) {
        requireOpen();
        queue.add(action);
    }

    /** Returns once every record appended before the call is on disk. */
    void awaitCommit() {
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        afterCommit(committed::countDown);
        try {
            if (!committed.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the journal did not commit within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the journal", e);
        }
    }

    private void requireOpen() {
        if (failure != null) {
            throw new IllegalStateException("the journal cannot write: " + failure, failure);
        }
        if (closed) {
            throw new IllegalStateException("the journal is closed");
        }
    }

    private void writeLoop() {
        List<Object> batch = new ArrayList<>(1024);
        List<Runnable> done = new ArrayList<>(256);
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        while (true) {
            try {
                Object first = queue.take();
                if (first == STOP) {
                    return;
                }
                batch.add(first);
                queue.drainTo(batch, 65_536);
                boolean stop = false;
                buffer.clear();
                boolean wrote = false;
                for (Object item : batch) {
                    if (item == STOP) {
                        stop = true;
                    } else if (item instanceof byte[] record) {
                        if (buffer.remaining() < record.length) {
                            flush(buffer);
                            if (buffer.capacity() < record.length) {
                                buffer = ByteBuffer.allocateDirect(Integer.highestOneBit(record.length) << 1);
                            }
                        }
                        buffer.put(record);
                        wrote = true;
                    } else {
                        done.add((Runnable) item);
                    }
                }
                flush(buffer);
                if (wrote) {
                    channel.force(false);
                    commits++;
                    if (channel.position() >= segmentBytes) {
                        roll();
                    }
                }
                for (Runnable waiter : done) {
                    waiters.execute(waiter);
                }
                batch.clear();
                done.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failure = e;
                LOG.error("The journal cannot write; durable executions stop here", e);
                return;
            }
        }
    }

    private static final Object STOP = new Object();

    private void flush(ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            written += channel.write(buffer);
        }
        buffer.clear();
    }

    private void roll() throws IOException {
        channel.close();
        segment++;
        channel = FileChannel.open(dir.resolve(name(segment)), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        syncDirectory(dir);
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync directory {}: {}", dir, e.toString()); // not every file system allows it
        }
    }

    /** Total size of the segments the writer has moved past; only these are ever compacted. */
    long sealedBytes() throws IOException {
        long total = 0;
        for (Path file : sealed()) {
            total += Files.size(file);
        }
        return total;
    }

    private List<Path> sealed() throws IOException {
        int active = segment;
        return segments(dir).stream().filter(p -> number(p) < active).toList();
    }

    /**
     * Rewrites the sealed segments as one, keeping only the records whose key {@code keep}
     * accepts (key 0, the machines, is always kept), in order, after a record that remembers
     * {@code highestKey} so that keys are never reused. The result replaces the last sealed
     * segment by an atomic rename before the others are deleted; if a crash comes between, the
     * records are read twice, which replay tolerates (a start record begins its execution anew).
     * Returns the bytes saved.
     */
    synchronized long compact(java.util.function.LongPredicate keep, long highestKey) throws IOException {
        List<Path> sealed = sealed();
        if (sealed.isEmpty()) {
            return 0;
        }
        long before = 0;
        for (Path file : sealed) {
            before += Files.size(file);
        }
        Path last = sealed.get(sealed.size() - 1);
        Path temporary = dir.resolve(last.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(Records.framed(highestKey, g -> g.writeStringField("t", "K"))));
            for (Path file : sealed) {
                IOException[] failed = new IOException[1];
                replay(file, false, (key, payload) -> {
                    if (key == 0 || keep.test(key)) {
                        try {
                            ByteBuffer record = ByteBuffer.wrap(frame(key, payload));
                            while (record.hasRemaining()) {
                                out.write(record);
                            }
                        } catch (IOException e) {
                            failed[0] = e;
                        }
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
            }
            out.force(true);
        }
        Files.move(temporary, last, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
        for (Path file : sealed.subList(0, sealed.size() - 1)) {
            Files.delete(file);
        }
        syncDirectory(dir);
        return before - Files.size(last);
    }

    /** Number of fdatasyncs so far, and bytes written: what group commit saves shows here. */
    long commits() {
        return commits;
    }

    long bytesWritten() {
        return written;
    }

    /** Writes and syncs what is queued, then stops the writer. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(STOP);
        try {
            writer.join(10_000);
            channel.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
