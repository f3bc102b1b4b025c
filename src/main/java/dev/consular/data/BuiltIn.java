package dev.consular.data;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Files built into the tool (data, name index, settings), read straight out of its own jar or
 * classes folder. The class loader would first ask the JDK's boot layer for each name, which opens
 * and searches the JDK's module image: about a tenth of a lookup's start-up.
 */
public final class BuiltIn {
    private static final Object NOT_FOUND = new Object();
    private static Object home; // the JarFile or the classes folder, NOT_FOUND when neither can be had

    private BuiltIn() {}

    /** Opens a built-in file by its name, e.g. {@code data/meta.json}; null if there is none. */
    public static InputStream open(String name) throws IOException {
        Object where = home();
        if (where instanceof JarFile jar) {
            ZipEntry entry = jar.getEntry(name);
            return entry == null ? null : jar.getInputStream(entry);
        }
        if (where instanceof File dir) {
            File file = new File(dir, name);
            return file.isFile() ? new java.io.FileInputStream(file) : null;
        }
        return BuiltIn.class.getResourceAsStream("/" + name);
    }

    private static synchronized Object home() {
        if (home == null) {
            home = NOT_FOUND;
            try {
                java.security.CodeSource code = BuiltIn.class.getProtectionDomain().getCodeSource();
                if (code != null && "file".equals(code.getLocation().getProtocol())) {
                    File file = new File(code.getLocation().toURI());
                    // the JVM has this jar open already: a second JarFile shares its index of entries
                    home = file.isDirectory() ? file : new JarFile(file, false);
                }
            } catch (IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
                // NOT_FOUND stays: the class loader then finds the files, more slowly
            }
        }
        return home;
    }
}
