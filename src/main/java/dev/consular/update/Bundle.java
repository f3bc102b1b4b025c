package dev.consular.update;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A data bundle: the files of a data folder as a gzip-compressed ustar archive under {@code data/}.
 * Written deterministically (sorted names, fixed owner, mode and times, a gzip header without a
 * date) so that the same folder gives the same bytes; read with limits on every size.
 */
public final class Bundle {
    /** Largest download accepted: the bundle is about 0.5 MB today. */
    public static final long MAX_COMPRESSED = 32L << 20;
    static final long MAX_ENTRY = 16L << 20;
    static final long MAX_TOTAL = 128L << 20;
    static final int MAX_ENTRIES = 2000;

    private Bundle() {}

    /** The bundle's name for data of this date. */
    public static String fileName(String asOf) {
        return "consular-data-" + asOf + ".tar.gz";
    }

    /**
     * The archive of a data folder. Build inputs are left out, as from the jar; any other file the
     * layout does not know is refused, so nothing is dropped unseen.
     */
    public static byte[] write(Path dir) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || Files.isDirectory(p)) continue;
                if (BundleLayout.isBuildInput(rel)) continue;
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw UpdateException.badBundle(rel + ": not a regular file");
                }
                if (!BundleLayout.isFile(rel)) throw UpdateException.badBundle(rel + ": not a file a data bundle holds");
                files.add(rel);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            Ustar.Writer tar = new Ustar.Writer(gz);
            tar.directory("data");
            Set<String> folders = new HashSet<>();
            for (String rel : files) {
                int slash = rel.indexOf('/');
                if (slash > 0 && folders.add(rel.substring(0, slash))) tar.directory(BundleLayout.TOP + rel.substring(0, slash));
                tar.file(BundleLayout.TOP + rel, Files.readAllBytes(dir.resolve(rel)));
            }
            tar.finish();
        }
        return bytes.toByteArray();
    }

    /**
     * Extracts a bundle into {@code into} (which must not exist yet), every file written and
     * flushed to disk before this returns. A bad bundle if any entry is not one the layout allows.
     */
    public static void extract(byte[] bundle, Path into, String name) {
        extract(bundle, into, name, true);
    }

    /** @param durable whether to flush the files to disk (not for a folder that is only checked) */
    static void extract(byte[] bundle, Path into, String name, boolean durable) {
        requireGzip(bundle, name);
        try {
            Files.createDirectory(into);
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot create " + into + ": " + UpdateException.why(e));
        }
        List<Path> written = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bundle), 1 << 16)) {
            Ustar.Reader tar = new Ustar.Reader(in);
            Set<String> seen = new HashSet<>();
            long total = 0;
            int count = 0;
            for (Ustar.Entry e; (e = tar.next()) != null; ) {
                if (++count > MAX_ENTRIES) throw new Ustar.BadArchive("more than " + MAX_ENTRIES + " entries");
                String rel = BundleLayout.relative(e.name(), e.directory());
                if (!seen.add(rel) && !e.directory()) throw new Ustar.BadArchive(e.name() + ": twice in the archive");
                if (e.directory()) {
                    if (!rel.isEmpty()) Files.createDirectories(into.resolve(rel));
                    continue;
                }
                if (e.size() > MAX_ENTRY) throw new Ustar.BadArchive(e.name() + ": larger than " + (MAX_ENTRY >> 20) + " MiB");
                total += e.size();
                if (total > MAX_TOTAL) throw new Ustar.BadArchive("more than " + (MAX_TOTAL >> 20) + " MiB of files");
                byte[] content = tar.content(MAX_ENTRY);
                Path target = into.resolve(rel).normalize();
                if (!target.startsWith(into)) throw new Ustar.BadArchive(e.name() + ": a path that leaves the bundle");
                Files.createDirectories(target.getParent());
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(target);
            }
        } catch (Ustar.BadArchive e) {
            throw UpdateException.badBundle(name + ": " + e.getMessage());
        } catch (ZipException | java.io.EOFException e) {
            throw UpdateException.badBundle(name + ": a damaged archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot extract into " + into + ": " + UpdateException.why(e));
        }
        if (durable) sync(written);
    }

    /** A bad bundle unless the bytes start as gzip does: says what they look like instead. */
    public static void requireGzip(byte[] bundle, String name) {
        if (bundle.length < 2 || (bundle[0] & 0xff) != 0x1f || (bundle[1] & 0xff) != 0x8b) {
            throw UpdateException.badBundle(name + ": not a data bundle (" + Sniff.describe(bundle) + ")");
        }
    }

    /**
     * A kill is harmless (the kernel has the pages); a power cut is not, unless they reached the
     * disk. Flushed from several threads at once, so that the file system commits them together
     * (one after another, a few hundred files take seconds).
     */
    private static void sync(List<Path> files) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
                        c.force(true);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> d : done) d.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw UpdateException.cannotWrite("cannot write " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UpdateException.cannotWrite("interrupted while writing the data");
        } finally {
            pool.shutdownNow();
        }
    }
}
