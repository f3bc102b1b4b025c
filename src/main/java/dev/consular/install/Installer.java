package dev.consular.install;

import dev.consular.text.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Copies a {@link Layout} under a prefix and records it; removes exactly what it recorded. */
public final class Installer {
    /** Files made by the launcher beside the jar (its class-data archive), removed with the install. */
    private static final List<String> BY_PRODUCTS = List.of("lib/consular/consular.jsa", "lib/consular/consular.jsa.id");

    private Installer() {}

    /** What was done: paths relative to the prefix, and those left alone on uninstall because they changed. */
    public record Result(Path prefix, List<String> files, List<String> kept) {}

    public static Result install(Layout layout, Path prefix) throws InstallException {
        Path root = prefix.toAbsolutePath().normalize();
        Manifest old = Manifest.read(root);
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, Path> e : layout.files().entrySet()) {
            Path target = root.resolve(e.getKey());
            boolean ours = old != null && old.files().containsKey(e.getKey());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !ours && !sameFile(target, e.getValue())) {
                conflicts.add(target.toString());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new InstallException(conflicts.get(0) + " exists and was not installed by consular: move it away first"
                    + (conflicts.size() > 1 ? " (and " + (conflicts.size() - 1) + " more)" : ""), ExitCode.OUTPUT);
        }
        Manifest now = Manifest.empty();
        if (old != null) now.folders().addAll(old.folders());
        try {
            for (Map.Entry<String, Path> e : layout.files().entrySet()) {
                Path target = root.resolve(e.getKey());
                createFolders(root, target.getParent(), now.folders());
                // a link made by hand to this very launcher is replaced; a file installed onto itself is kept
                if (Files.isSymbolicLink(target) || !sameFile(target, e.getValue())) copy(e.getValue(), target);
                now.files().put(e.getKey(), Manifest.sha256(target));
            }
            if (old != null) {
                for (Map.Entry<String, String> e : old.files().entrySet()) {
                    if (!now.files().containsKey(e.getKey())) removeIfUnchanged(root, e.getKey(), e.getValue(), new ArrayList<>());
                }
            }
            createFolders(root, root.resolve(Manifest.PATH).getParent(), now.folders());
            now.write(root);
        } catch (IOException e) {
            throw new InstallException("cannot install into " + root + ": " + describe(e), ExitCode.OUTPUT);
        }
        return new Result(root, List.copyOf(now.files().keySet()), List.of());
    }

    public static Result uninstall(Path prefix) throws InstallException {
        Path root = prefix.toAbsolutePath().normalize();
        Manifest m = Manifest.read(root);
        if (m == null) throw new InstallException("nothing was installed by consular in " + root, ExitCode.NOT_FOUND);
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : m.files().entrySet()) {
                if (removeIfUnchanged(root, e.getKey(), e.getValue(), kept)) removed.add(e.getKey());
            }
            for (String made : BY_PRODUCTS) Files.deleteIfExists(root.resolve(made));
            Files.deleteIfExists(root.resolve(Manifest.PATH));
            List<String> folders = new ArrayList<>(m.folders());
            for (int i = folders.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(root.resolve(folders.get(i)));
                } catch (DirectoryNotEmptyException e) {
                    // something else lives there now: it stays
                }
            }
        } catch (IOException e) {
            throw new InstallException("cannot uninstall from " + root + ": " + describe(e), ExitCode.OUTPUT);
        }
        return new Result(root, removed, kept);
    }

    /** Runs the installed launcher once: proves it starts, and leaves its class-data archive beside the jar. */
    public static String check(Path prefix) throws InstallException {
        Path launcher = prefix.toAbsolutePath().normalize().resolve(Layout.LAUNCHER);
        try {
            Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new InstallException("the installed " + launcher + " did not start: " + out.lines().findFirst().orElse(""), ExitCode.INTERNAL);
            }
            return out.lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new InstallException("cannot run " + launcher + ": " + describe(e), ExitCode.INTERNAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("interrupted", ExitCode.INTERRUPTED);
        }
    }

    private static boolean removeIfUnchanged(Path root, String relative, String sha, List<String> kept) throws IOException {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return false;
        if (!Manifest.sha256(file).equals(sha)) {
            kept.add(relative);
            return false;
        }
        Files.delete(file);
        return true;
    }

    private static void createFolders(Path root, Path folder, List<String> created) throws IOException {
        if (folder.equals(root) || Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            return;
        }
        if (folder.startsWith(root)) createFolders(root, folder.getParent(), created);
        Files.createDirectory(folder);
        String relative = root.relativize(folder).toString();
        if (!created.contains(relative)) created.add(relative);
    }

    /** Written beside the target and moved into place: a running consular keeps reading the old jar. */
    private static void copy(Path source, Path target) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".new");
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
        PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(
                    target.getFileName().toString().equals("consular") && target.getParent().endsWith("bin") ? "rwxr-xr-x" : "rw-r--r--"));
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? what : e.getMessage() + (what.isEmpty() || what.equals("i o") ? "" : " (" + what + ")");
    }
}
