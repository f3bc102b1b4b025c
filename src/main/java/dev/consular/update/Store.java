package dev.consular.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The installed data under {@code $XDG_DATA_HOME/consular/}: one folder per bundle
 * ({@code data-DATE-HASH/data/...} with its {@code receipt.properties}), the {@code current} and
 * {@code previous} pointers, each replaced by an atomic rename, {@code last-update.properties},
 * and {@code lock}, held only while the pointers change. A folder is complete before a pointer
 * names it, so a process killed at any moment leaves either the old or the new data in use.
 */
public final class Store {
    private final Path root;

    public Store(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Pointer current() {
        return Pointer.read(root.resolve("current").toFile());
    }

    public Pointer previous() {
        return Pointer.read(root.resolve("previous").toFile());
    }

    /** The data folder a pointer names. */
    public Path dataFolder(Pointer p) {
        return root.resolve(p.folder()).resolve("data");
    }

    /** Where, when and by which key an installed folder came; empty if it has no receipt. */
    public Properties receipt(Pointer p) {
        return readProperties(root.resolve(p.folder()).resolve("receipt.properties"));
    }

    public Properties lastAttempt() {
        return readProperties(root.resolve("last-update.properties"));
    }

    /** A new, empty folder to extract a bundle into, on the same file system as the store. */
    Path staging() {
        Path tmp = root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            return Files.createDirectory(tmp.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot write to " + root + ": " + UpdateException.why(e));
        }
    }

    /** Holds the store's lock, waiting up to {@code waitMillis} for another process to let it go. */
    Lock lock(long waitMillis) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another thread of this process
                }
                if (lock != null) return new Lock(channel, lock);
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw UpdateException.unavailable("another update of " + root + " is still running");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot write to " + root + ": " + UpdateException.why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UpdateException.unavailable("interrupted while waiting for another update");
        }
    }

    /** The store's lock; closing it lets the next update in. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel anyway
            }
        }
    }

    /**
     * Under the lock: moves a staged, checked folder into place as {@code name} (unless a folder of
     * that name, the same bundle, is already there), then points {@code previous} at what was in
     * use and {@code current} at it.
     */
    void install(Path staged, String name, String asOf, Pointer previous) throws IOException {
        Path target = root.resolve(name);
        if (Files.isDirectory(target.resolve("data"))) {
            deleteTree(staged);
        } else {
            deleteTree(target); // a half-removed folder of an earlier prune
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        }
        syncFolder(root);
        write("previous", previous.line());
        write("current", new Pointer(asOf, name).line());
    }

    /** Under the lock: {@code current} and {@code previous} change places. */
    void swap(Pointer current, Pointer previous) throws IOException {
        if (previous.builtIn()) Files.deleteIfExists(root.resolve("current"));
        else write("current", previous.line());
        write("previous", current == null ? Pointer.BUILT_IN.line() : current.line());
        syncFolder(root);
    }

    /** Under the lock: removes folders no pointer names and the staging folders of processes that are gone. */
    void prune() {
        Pointer current = current();
        Pointer previous = previous();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(root, "data-*")) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                if (names(current, n) || names(previous, n)) continue;
                deleteTree(p);
            }
        } catch (IOException e) {
            // an old folder left behind costs disk space, nothing else
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(root.resolve("tmp"))) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                int dash = n.indexOf('-');
                long pid = dash > 0 ? parsePid(n.substring(0, dash)) : -1;
                if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                deleteTree(p);
            }
        } catch (IOException e) {
            // as above
        }
    }

    void writeReceipt(Path staged, Properties receipt) throws IOException {
        try (OutputStream out = Files.newOutputStream(staged.resolve("receipt.properties"))) {
            receipt.store(out, null);
        }
    }

    /** Records the last attempt; a store that cannot be written loses only this record. */
    void recordAttempt(Properties attempt) {
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve("last-update.properties." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                attempt.store(out, null);
            }
            move(tmp, root.resolve("last-update.properties"));
        } catch (IOException e) {
            // nothing to add: the command's own message says what went wrong
        }
    }

    private static boolean names(Pointer p, String folder) {
        return p != null && !p.builtIn() && p.folder().equals(folder);
    }

    private static long parsePid(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Replaces a small file whole: written beside it, flushed, then renamed over it. */
    private void write(String name, String content) throws IOException {
        Path tmp = root.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            c.write(java.nio.ByteBuffer.wrap(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            c.force(true);
        }
        move(tmp, root.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(to.getParent() + ": the file system cannot rename atomically", e);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // not every system can flush a folder; the renames are atomic all the same
        }
    }

    private static Properties readProperties(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // none yet
        } catch (IOException | IllegalArgumentException e) {
            // a damaged record reads as none
        }
        return p;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
