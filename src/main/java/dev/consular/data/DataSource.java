package dev.consular.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where data files come from: the copy inside the jar, or a directory the user names with --data. */
public interface DataSource {

    /** Opens a file by its path inside data/, e.g. {@code countries/de.json}; null if it does not exist. */
    InputStream open(String path) throws IOException;

    /** How to name the file in a message. */
    String describe(String path);

    static DataSource embedded() {
        return new DataSource() {
            @Override
            public InputStream open(String path) {
                return DataSource.class.getResourceAsStream("/data/" + path);
            }

            @Override
            public String describe(String path) {
                return "data/" + path;
            }
        };
    }

    static DataSource directory(Path dir) {
        // java.io rather than java.nio.file: its classes are loaded anyway, and an installed data
        // update is read this way on every lookup (the NIO channel classes cost start-up time)
        java.io.File folder = dir.toFile();
        if (!folder.isDirectory()) {
            throw new DataException(dir + ": not a directory");
        }
        if (!folder.canRead()) {
            throw new DataException(dir + ": permission denied");
        }
        return new DataSource() {
            @Override
            public InputStream open(String path) throws IOException {
                java.io.File file = new java.io.File(folder, path);
                return file.exists() ? new java.io.FileInputStream(file) : null; // an optional file may be absent
            }

            @Override
            public String describe(String path) {
                return dir.resolve(path).toString();
            }
        };
    }
}
