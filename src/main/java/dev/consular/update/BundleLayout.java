package dev.consular.update;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names a data bundle may hold: the files the loader reads and their schemas, under one
 * top folder {@code data/}. Anything else in an archive is refused, not skipped.
 */
final class BundleLayout {
    static final String TOP = "data/";
    private static final Set<String> FOLDERS = Set.of("countries", "places", "schema");
    private static final Pattern FILE = Pattern.compile(
            "(meta|names|advisories|advisory|news|regions)\\.json|countries/[a-z]{2}\\.json"
                    + "|places/places\\.tsv|places/subjects\\.json|schema/[a-z0-9-]{1,40}\\.schema\\.json");

    private BundleLayout() {}

    /**
     * Files of the repository's data/ that are build inputs, kept out of the jar and of bundles as
     * the pom keeps them: READMEs, the places build scripts, the iso-codes source table.
     */
    public static boolean isBuildInput(String relative) {
        return relative.endsWith("README.md") || relative.startsWith("places/build") || relative.startsWith("iso-codes");
    }

    static boolean isFolder(String relative) {
        return FOLDERS.contains(relative);
    }

    static boolean isFile(String relative) {
        return FILE.matcher(relative).matches();
    }

    /**
     * The name inside {@code data/} of an archive entry, or a reason to refuse it: a path that
     * could leave the folder it is extracted into, or one the layout does not have.
     */
    static String relative(String entry, boolean folder) throws Ustar.BadArchive {
        String shown = entry.length() > 120 ? entry.substring(0, 120) + "..." : entry;
        if (entry.startsWith("/") || entry.contains("\\") || entry.indexOf(':') >= 0) {
            throw new Ustar.BadArchive(shown + ": an absolute path");
        }
        String path = folder && entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) throw new Ustar.BadArchive(shown + ": a path that leaves the bundle (..)");
            if (part.isEmpty() || part.equals(".")) throw new Ustar.BadArchive(shown + ": not a plain path");
        }
        if (folder && path.equals("data")) return "";
        if (!path.startsWith(TOP)) throw new Ustar.BadArchive(shown + ": outside the bundle's data/ folder");
        String rel = path.substring(TOP.length());
        if (folder ? !isFolder(rel) : !isFile(rel)) {
            throw new Ustar.BadArchive(shown + ": not a file a data bundle holds");
        }
        return rel;
    }
}
