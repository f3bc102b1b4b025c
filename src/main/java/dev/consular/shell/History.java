package dev.consular.shell;

import org.jline.reader.LineReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the prompt keeps its history: $XDG_STATE_HOME/consular/history, else
 * ~/.local/state/consular/history; owner-only; a file that cannot be read is set aside, not fatal.
 */
public final class History {
    private History() {}

    public static Path location(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("consular").resolve("history");
    }

    static void prepare(Path file, LineReader reader) {
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                ownerOnly(dir, "rwx------");
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            ownerOnly(file, "rw-------");
            reader.getHistory().attach(reader);
        } catch (IOException | RuntimeException e) { // unreadable, not a file, bad syntax
            setAside(file);
            try {
                reader.getHistory().attach(reader);
            } catch (RuntimeException again) {
                // the prompt works without history
            }
        }
    }

    private static void setAside(Path file) {
        try {
            Files.move(file, file.resolveSibling("history.corrupt"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // nothing more to do: history stays off for this session
        }
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is private already
        }
    }
}
