package dev.consular.update;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The POSIX ustar archive format, as much of it as a data bundle needs: regular files and folders,
 * written with fixed owner, mode and time so that the same files give the same bytes. The reader
 * refuses every other kind of entry (links, devices, extended headers) instead of skipping it.
 */
final class Ustar {
    static final int BLOCK = 512;

    private Ustar() {}

    /** One entry's header: a folder or a regular file. */
    record Entry(String name, boolean directory, long size) {}

    /** Writes entries one after another; {@link #finish} ends the archive. */
    static final class Writer {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        void directory(String name) throws IOException {
            out.write(header(name.endsWith("/") ? name : name + "/", '5', 0755, 0));
        }

        void file(String name, byte[] content) throws IOException {
            out.write(header(name, '0', 0644, content.length));
            out.write(content);
            int pad = (BLOCK - content.length % BLOCK) % BLOCK;
            out.write(new byte[pad]);
        }

        /** Two zero blocks mark the end. */
        void finish() throws IOException {
            out.write(new byte[2 * BLOCK]);
            out.flush();
        }

        private static byte[] header(String name, char type, int mode, long size) {
            byte[] h = new byte[BLOCK];
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            if (n.length > 100) throw new IllegalArgumentException(name + ": name longer than 100 bytes");
            System.arraycopy(n, 0, h, 0, n.length);
            octal(h, 100, 8, mode);
            octal(h, 108, 8, 0); // uid
            octal(h, 116, 8, 0); // gid
            octal(h, 124, 12, size);
            octal(h, 136, 12, 0); // mtime: the epoch, so that the bytes do not depend on when files were touched
            h[156] = (byte) type;
            put(h, 257, "ustar\0");
            put(h, 263, "00");
            octal(h, 329, 8, 0);
            octal(h, 337, 8, 0);
            for (int i = 148; i < 156; i++) h[i] = ' ';
            long sum = 0;
            for (byte b : h) sum += b & 0xff;
            octal(h, 148, 7, sum);
            return h;
        }

        private static void put(byte[] h, int at, String s) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, h, at, b.length);
        }

        /** Zero-padded octal digits then a NUL, filling {@code width} bytes. */
        private static void octal(byte[] h, int at, int width, long value) {
            String digits = Long.toOctalString(value);
            if (digits.length() > width - 1) throw new IllegalArgumentException("value too large for a tar header");
            String padded = "0".repeat(width - 1 - digits.length()) + digits;
            put(h, at, padded);
            h[at + width - 1] = 0;
        }
    }

    /** Reads entries in order; a bad header is a {@link BadArchive}. */
    static final class Reader {
        private final InputStream in;
        private long remaining; // bytes of the current entry not yet read
        private int padding;

        Reader(InputStream in) {
            this.in = in;
        }

        /** The next entry, or null at the end of the archive. */
        Entry next() throws IOException {
            skip(remaining + padding);
            remaining = 0;
            padding = 0;
            byte[] h = new byte[BLOCK];
            if (!readFully(h)) throw new BadArchive("the archive ends without its end marker");
            if (allZero(h)) return null;
            if (!checksumMatches(h)) throw new BadArchive("a damaged archive header");
            String magic = ascii(h, 257, 6);
            if (!magic.equals("ustar") && !magic.equals("ustar ")) throw new BadArchive("not a ustar archive");
            String name = string(h, 0, 100);
            String prefix = string(h, 345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
            char type = (char) h[156];
            long size = parseOctal(h, 124, 12);
            switch (type) {
                case '0', '\0' -> { }
                case '5' -> {
                    if (size != 0) throw new BadArchive(name + ": a folder entry with contents");
                }
                case '1' -> throw new BadArchive(name + ": a hard link entry");
                case '2' -> throw new BadArchive(name + ": a symbolic link entry");
                case '3', '4' -> throw new BadArchive(name + ": a device entry");
                case '6' -> throw new BadArchive(name + ": a named pipe entry");
                default -> throw new BadArchive(name + ": an entry of type '" + printable(type) + "'");
            }
            remaining = size;
            padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
            return new Entry(name, type == '5', size);
        }

        /** The contents of the entry {@link #next} returned. */
        byte[] content(long limit) throws IOException {
            if (remaining > limit) throw new BadArchive("an entry larger than " + limit + " bytes");
            byte[] b = new byte[(int) remaining];
            if (!readFully(b)) throw new BadArchive("the archive is cut short");
            remaining = 0;
            return b;
        }

        private void skip(long n) throws IOException {
            byte[] buf = new byte[BLOCK];
            while (n > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (r < 0) throw new BadArchive("the archive is cut short");
                n -= r;
            }
        }

        private boolean readFully(byte[] b) throws IOException {
            int off = 0;
            while (off < b.length) {
                int r = in.read(b, off, b.length - off);
                if (r < 0) {
                    if (off == 0) return false;
                    throw new EOFException();
                }
                off += r;
            }
            return true;
        }
    }

    /** The archive is not one this reader accepts. */
    static final class BadArchive extends IOException {
        private static final long serialVersionUID = 1L;

        BadArchive(String message) {
            super(message);
        }
    }

    private static boolean allZero(byte[] h) {
        for (byte b : h) if (b != 0) return false;
        return true;
    }

    private static boolean checksumMatches(byte[] h) throws BadArchive {
        long stored = parseOctal(h, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : h[i] & 0xff;
        return sum == stored;
    }

    private static long parseOctal(byte[] h, int at, int width) throws BadArchive {
        long v = 0;
        int i = at;
        int end = at + width;
        while (i < end && h[i] == ' ') i++;
        boolean any = false;
        for (; i < end && h[i] != 0 && h[i] != ' '; i++) {
            if (h[i] < '0' || h[i] > '7') throw new BadArchive("a damaged archive header");
            v = v * 8 + (h[i] - '0');
            any = true;
        }
        if (!any) throw new BadArchive("a damaged archive header");
        return v;
    }

    private static String string(byte[] h, int at, int width) {
        int end = at;
        while (end < at + width && h[end] != 0) end++;
        return new String(h, at, end - at, StandardCharsets.UTF_8);
    }

    private static String ascii(byte[] h, int at, int width) {
        return string(h, at, width);
    }

    private static String printable(char c) {
        return c >= 0x21 && c < 0x7f ? String.valueOf(c) : "\\x" + Integer.toHexString(c);
    }
}
