package dev.consular.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": not a directory");
        }
        if (!Files.isReadable(dir)) {
            throw new DataException(dir + ": permission denied");
        }
        return new DataSource() {
            @Override
            public InputStream open(String path) throws IOException {
                try {
                    return Files.newInputStream(dir.resolve(path));
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
