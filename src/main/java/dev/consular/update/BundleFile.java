package dev.consular.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code consular data bundle}: the bundle of a data folder, written only once its own bytes,
 * read back through the same reader and loader as an update, pass every check.
 */
public final class BundleFile {
    private BundleFile() {}

    public record Written(Path file, String asOf, String size, String sha256) {}

    public static Written write(Path dir, Path out) {
        if (!Files.isDirectory(dir)) throw UpdateException.unavailable(dir + ": not a folder");
        byte[] bytes;
        try {
            bytes = Bundle.write(dir);
        } catch (IOException e) {
            throw UpdateException.unavailable("cannot read " + dir + ": " + UpdateException.why(e));
        }
        String asOf;
        Path check = null;
        try {
            check = Files.createTempDirectory("consular-bundle");
            Bundle.extract(bytes, check.resolve("data"), "the bundle", false);
            asOf = DataCheck.check(check.resolve("data"));
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot make a temporary folder: " + UpdateException.why(e));
        } finally {
            try {
                if (check != null) Store.deleteTree(check);
            } catch (IOException e) {
                // the system cleans its temporary folder
            }
        }
        Path file = out != null ? out : Path.of(Bundle.fileName(asOf));
        Path parent = file.toAbsolutePath().getParent();
        try {
            Path tmp = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot write " + file + ": " + UpdateException.why(e));
        }
        return new Written(file, asOf, Fetcher.size(bytes.length), Updater.sha256(bytes));
    }
}
