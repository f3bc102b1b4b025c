package dev.consular.update;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;

import java.io.File;

/**
 * Which data a command uses when the user names no folder: the installed update when it is newer
 * than the data built into consular, else the built-in copy. Costs one small file read, and
 * nothing when no update was ever installed.
 */
public final class StartupData {
    private StartupData() {}

    public static Dataset dataset(UserDirs dirs) {
        Dataset builtIn = new Dataset(DataSource.embedded());
        File installed = installedFolder(dirs, builtIn);
        return installed == null ? builtIn : new Dataset(DataSource.directory(installed.toPath()));
    }

    /** The installed data folder in use, or null when the built-in data is. */
    static File installedFolder(UserDirs dirs, Dataset builtIn) {
        if (dirs == null || dirs.dataHome() == null) return null;
        File store = new File(dirs.dataHome().toFile(), "consular");
        File pointer = new File(store, "current");
        if (!pointer.isFile()) return null; // no update installed: nothing more to read
        Pointer current = Pointer.read(pointer);
        if (current == null || current.builtIn()) return null;
        if (current.asOf().compareTo(builtIn.meta().asOf()) <= 0) return null;
        File data = new File(new File(store, current.folder()), "data");
        return data.isDirectory() ? data : null;
    }
}
