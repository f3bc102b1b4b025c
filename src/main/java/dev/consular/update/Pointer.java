package dev.consular.update;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The content of the store's {@code current} and {@code previous} files: the date of an installed
 * data folder and its name ("2026-12-05 data-2026-12-05-1a2b3c4d5e6f"), or {@code built-in}.
 * Read with java.io and no regular expression: start-up reads {@code current} on every lookup.
 */
public record Pointer(String asOf, String folder) {
    static final Pointer BUILT_IN = new Pointer(null, null);

    public boolean builtIn() {
        return folder == null;
    }

    String line() {
        return builtIn() ? "built-in\n" : asOf + " " + folder + "\n";
    }

    /** The pointer in this file; null if the file is absent or does not hold one. */
    static Pointer read(File file) {
        if (!file.isFile()) return null;
        byte[] bytes;
        try (InputStream in = new FileInputStream(file)) {
            bytes = in.readNBytes(256);
        } catch (IOException e) {
            return null;
        }
        String s = new String(bytes, StandardCharsets.UTF_8).strip();
        if (s.equals("built-in")) return BUILT_IN;
        int space = s.indexOf(' ');
        if (space != 10 || s.indexOf('/') >= 0 || s.indexOf("..") >= 0) return null;
        String folder = s.substring(space + 1);
        return folder.startsWith("data-") && folder.indexOf(' ') < 0 ? new Pointer(s.substring(0, space), folder) : null;
    }
}
