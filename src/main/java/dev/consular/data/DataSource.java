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

    /**
     * The build's tree file of a JSON file, e.g. {@code countries/de.json}, or of one government's
     * advice, {@code advisories/DE}; null where there is none (every source but the tool's own data).
     */
    default InputStream openTree(String name) throws IOException {
        return null;
    }

    static DataSource embedded() {
        return new DataSource() {
            @Override
            public InputStream open(String path) throws IOException {
                return BuiltIn.open("data/" + path);
            }

            @Override
            public String describe(String path) {
                return "data/" + path;
            }

            @Override
            public InputStream openTree(String name) throws IOException {
                return BuiltIn.open(TreeFile.FOLDER + name + TreeFile.SUFFIX);
            }
        };
    }

    /**
     * A folder laid out as data/ is: it must hold meta.json and a countries folder, or every
     * lookup would answer "no record" and every list would be empty, as if the data said so.
     */
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
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!new java.io.File(folder, "meta.json").exists()) missing.add("meta.json");
        if (!new java.io.File(folder, "countries").isDirectory()) missing.add("countries folder");
        if (!missing.isEmpty()) {
            throw new DataException(dir + ": not a consular data folder: it has no " + String.join(" and no ", missing));
        }
        return new DataSource() {
            @Override
            public InputStream open(String path) throws IOException {
                java.io.File file = new java.io.File(folder, path);
                if (!file.exists()) return null; // an optional file may be absent
                // a FIFO or a device would block or never end: only regular files are data
                if (!file.isFile()) throw new DataException(describe(path) + ": not a regular file");
                if (!file.canRead()) throw new DataException(describe(path) + ": permission denied");
                return new java.io.FileInputStream(file);
            }

            @Override
            public String describe(String path) {
                return dir.resolve(path).toString();
            }
        };
    }
}
