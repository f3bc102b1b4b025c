package dev.consular.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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

    /**
     * A folder laid out as data/ is: it must hold meta.json and a countries folder, or every
     * lookup would answer "no record" and every list would be empty, as if the data said so.
     */
    static DataSource directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": not a directory");
        }
        if (!Files.isReadable(dir)) {
            throw new DataException(dir + ": permission denied");
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!Files.exists(dir.resolve("meta.json"))) missing.add("meta.json");
        if (!Files.isDirectory(dir.resolve("countries"))) missing.add("countries folder");
        if (!missing.isEmpty()) {
            throw new DataException(dir + ": not a consular data folder: it has no " + String.join(" and no ", missing));
        }
        return new DataSource() {
            @Override
            public InputStream open(String path) throws IOException {
                Path file = dir.resolve(path);
                try {
                    // a FIFO or a device would block or never end: only regular files are data
                    if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                        throw new DataException(file + ": not a regular file");
                    }
                    return Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }

            @Override
            public String describe(String path) {
                return dir.resolve(path).toString();
            }
        };
    }
}
