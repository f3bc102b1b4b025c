package dev.consular.install;

import dev.consular.text.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an install put under its prefix, kept in PREFIX/lib/consular/installed.txt: each file with its
 * SHA-256 (a file changed since is left alone on uninstall) and each folder it had to create.
 * Paths are relative to the prefix and never leave it.
 */
record Manifest(Map<String, String> files, List<String> folders) {
    static final String PATH = "lib/consular/installed.txt";

    static Manifest empty() {
        return new Manifest(new LinkedHashMap<>(), new ArrayList<>());
    }

    /** The manifest under this prefix, or null when consular was not installed there. */
    static Manifest read(Path prefix) throws InstallException {
        List<String> lines;
        try {
            lines = Files.readAllLines(prefix.resolve(PATH), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new InstallException("cannot read " + prefix.resolve(PATH) + ": " + e.getMessage(), ExitCode.OUTPUT);
        }
        Manifest m = empty();
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            if (parts[0].equals("file") && parts.length == 3 && inside(parts[2])) {
                m.files.put(parts[2], parts[1]);
            } else if (parts[0].equals("folder") && parts.length >= 2 && inside(line.substring(7))) {
                m.folders.add(line.substring(7));
            }
        }
        return m;
    }

    void write(Path prefix) throws IOException {
        StringBuilder text = new StringBuilder("# written by consular install; consular install --uninstall removes these\n");
        folders.forEach(f -> text.append("folder ").append(f).append('\n'));
        files.forEach((f, sha) -> text.append("file ").append(sha).append(' ').append(f).append('\n'));
        Files.writeString(prefix.resolve(PATH), text, StandardCharsets.UTF_8);
    }

    private static boolean inside(String relative) {
        Path p = Path.of(relative).normalize();
        return !relative.isEmpty() && !p.isAbsolute() && !p.startsWith("..");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
