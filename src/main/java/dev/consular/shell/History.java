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
            createOwnerOnly(file);
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

    /**
     * The file exists and only its owner may read it, before JLine writes a line to it: JLine
     * would create it with the umask's permissions, a world-readable list of nationalities.
     */
    private static void createOwnerOnly(Path file) throws IOException {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        }
        ownerOnly(file, "rw-------");
    }

    private static void setAside(Path file) {
        try {
            Path aside = file.resolveSibling("history.corrupt");
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            if (Files.isRegularFile(aside)) ownerOnly(aside, "rw-------");
            createOwnerOnly(file);
        } catch (IOException ignored) {
            // nothing more to do: history stays off for this session
        }
    }

    /**
     * The prompt's history: what was looked up and the commands run, but not the answers to a
     * pick list (a bare "2") nor the word that left the prompt.
     */
    static final class Record extends org.jline.reader.impl.history.DefaultHistory {
        private boolean paused;

        @Override
        public void add(java.time.Instant time, String line) {
            if (paused || Prompt.isQuit(line)) return;
            super.add(time, line);
        }

        /** Runs the question without recording its answers. */
        <T> T without(java.util.function.Supplier<T> question) {
            paused = true;
            try {
                return question.get();
            } finally {
                paused = false;
            }
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
