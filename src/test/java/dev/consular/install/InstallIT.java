package dev.consular.install;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * consular installed as a user installs it: into a prefix whose path has a space and a Cyrillic letter,
 * run through a symlink from elsewhere, read-only or as another user, from the unpacked release archive
 * with no Maven and no sources, under the POSIX locale, and six first runs at once in a fresh checkout.
 */
class InstallIT {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath();
    private static final String FIRST_LINE = "Germany (DE) · Германия";
    private static Path base;
    private static Path prefix;
    private static String expected;

    private record Run(int exit, String out, String err, long millis) {}

    private static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("CONSULAR_NO_ARCHIVE");
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        var err = p.getErrorStream();
        var errText = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> {
            try {
                errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errText.complete(e.toString());
            }
        }).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        return new Run(p.exitValue(), out, errText.join(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Run sh(String script) throws IOException, InterruptedException {
        return run(base, Map.of(), "/bin/sh", "-c", script);
    }

    private static boolean have(String tool) throws Exception {
        return sh("command -v " + tool + " >/dev/null").exit() == 0;
    }

    private static void chmod(Path root, String mode) throws IOException, InterruptedException {
        assertEquals(0, run(base, Map.of(), "chmod", "-R", mode, root.toString()).exit());
    }

    @BeforeAll
    static void install() throws Exception {
        base = Files.createTempDirectory("consular install");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x")); // another user reads it
        prefix = base.resolve("мой prefix");
        Run r = run(CHECKOUT, Map.of("CONSULAR_NO_BUILD", "1"), CHECKOUT.resolve("consular").toString(),
                "install", "--prefix", prefix.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Installed consular in " + prefix + ":\n  bin/consular\n"), r.out());
        assertTrue(r.out().contains("\nChecked: consular "), r.out());
        expected = run(CHECKOUT, Map.of("CONSULAR_NO_BUILD", "1"), "./consular", "embassy", "germany").out();
        assertTrue(expected.startsWith(FIRST_LINE + "\n"), expected);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (base != null) {
            chmod(base, "u+w");
            run(CHECKOUT, Map.of(), "rm", "-rf", base.toString());
        }
    }

    @Test
    void runsThroughASymlinkFromAnotherFolder() throws Exception {
        Path links = Files.createDirectories(base.resolve("links"));
        Path first = Files.createSymbolicLink(links.resolve("consular"), prefix.resolve("bin/consular"));
        Path second = Files.createSymbolicLink(links.resolve("again"), Path.of("consular")); // relative, two hops
        Run r = run(Files.createDirectories(base.resolve("elsewhere")), Map.of(), second.toString(), "embassy", "germany");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, r.out());
        assertTrue(Files.isSymbolicLink(first));
    }

    @Test
    void runsReadOnlyAsAnotherUserWithTheArchiveInItsCache() throws Exception {
        boolean root = sh("[ \"$(id -u)\" = 0 ]").exit() == 0;
        Assumptions.assumeTrue(!root || have("setpriv"), "root without setpriv cannot run as another user");
        Path copy = base.resolve("read only");
        Run installed = run(CHECKOUT, Map.of("CONSULAR_NO_BUILD", "1"), CHECKOUT.resolve("consular").toString(),
                "install", "--prefix", copy.toString());
        assertEquals(0, installed.exit(), installed.err());
        // the archive beside the jar is stale (another JDK made it) and its folder is read-only
        Files.writeString(copy.resolve("lib/consular/consular.jsa.id"), "0:0:0/\n-XX:SharedArchiveFile=\n");
        Path cache = Files.createDirectories(base.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        chmod(copy, "a-w");
        String launcher = copy.resolve("bin/consular").toString();
        List<String> command = new ArrayList<>(root
                ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", launcher)
                : List.of(launcher));
        command.addAll(List.of("embassy", "germany"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", cache.toString());
        Run once = run(base, env, command.toArray(String[]::new));
        assertEquals(0, once.exit(), once.err());
        assertEquals(expected, once.out());
        assertTrue(Files.isRegularFile(cache.resolve("consular/consular.jsa")), "no archive in the cache");
        Run again = run(base, env, command.toArray(String[]::new));
        assertEquals(0, again.exit(), again.err());
        assertEquals(expected, again.out());
        assertTrue(again.millis() < 1000, "a read-only run took " + again.millis() + " ms: the archive is made again?");
    }

    @Test
    void manFindsThePagesOnTheInstalledManpath() throws Exception {
        Assumptions.assumeTrue(have("man"), "man is not installed");
        Run r = run(base, Map.of("MANPATH", prefix.resolve("share/man").toString()), "man", "-w", "consular", "consular-embassy");
        assertEquals(0, r.exit(), r.err());
        assertEquals(prefix.resolve("share/man/man1/consular.1") + "\n" + prefix.resolve("share/man/man1/consular-embassy.1") + "\n",
                r.out());
    }

    @Test
    void decodesCyrillicArgumentsUnderThePosixLocale() throws Exception {
        Run r = run(base, Map.of(), "env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE",
                prefix.resolve("bin/consular").toString(), "embassy", "Германия");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, r.out());
    }

    @Test
    void theReleaseArchiveRunsWithNoMavenAndNoSources() throws Exception {
        Path tar;
        try (Stream<Path> s = Files.list(CHECKOUT.resolve("target"))) {
            tar = s.filter(p -> p.getFileName().toString().matches("consular-.*\\.tar\\.gz")).findFirst().orElseThrow();
        }
        String name = tar.getFileName().toString().replace(".tar.gz", "");
        Path unpacked = Files.createDirectories(base.resolve("второй prefix"));
        assertEquals(0, run(unpacked, Map.of(), "tar", "xzf", tar.toString()).exit());
        Path home = unpacked.resolve(name);
        for (String f : List.of("bin/consular", "lib/consular.jar", "share/man/man1/consular.1", "share/man/man1/consular-embassy.1",
                "share/bash-completion/completions/consular", "share/zsh/site-functions/_consular",
                "share/fish/vendor_completions.d/consular.fish", "LICENSE", "DATA.md", "README.md")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), "missing " + f);
        }
        Set<String> zipped = new HashSet<>();
        try (ZipFile zip = new ZipFile(tar.resolveSibling(name + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        Set<String> tarred = new HashSet<>();
        try (Stream<Path> s = Files.walk(home)) {
            s.filter(Files::isRegularFile).forEach(p -> tarred.add(name + "/" + home.relativize(p)));
        }
        assertEquals(tarred, zipped);

        String javaHome = System.getProperty("java.home");
        Map<String, String> bare = Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", javaHome, "HOME", base.toString());
        Run r = run(base, bare, home.resolve("bin/consular").toString(), "embassy", "germany");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, r.out());

        // installed from the archive and uninstalled: nothing is left but the prefix itself
        Path third = base.resolve("third");
        Run in = run(base, bare, home.resolve("bin/consular").toString(), "install", "--prefix", third.toString());
        assertEquals(0, in.exit(), in.err());
        assertEquals(expected, run(base, bare, third.resolve("bin/consular").toString(), "embassy", "germany").out());
        Run out = run(base, bare, third.resolve("bin/consular").toString(), "install", "--uninstall", "--prefix", third.toString());
        assertEquals(0, out.exit(), out.err());
        try (Stream<Path> left = Files.list(third)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void sixFirstRunsAtOnceWaitForOneBuild() throws Exception {
        Path copy = base.resolve("checkout копия");
        for (String part : List.of("consular", "mvnw", "pom.xml", "LICENSE", "README.md", ".mvn", "src", "data", "target")) {
            copyTree(CHECKOUT.resolve(part), copy.resolve(part));
        }
        Path source = copy.resolve("src/main/java/dev/consular/Main.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ProcessBuilder pb = new ProcessBuilder(copy.resolve("consular").toString(), "embassy", "germany")
                    .directory(base.toFile());
            pb.environment().remove("CONSULAR_NO_BUILD");
            pb.redirectError(base.resolve("build-" + i + ".err").toFile());
            runs.add(pb.start());
        }
        for (int i = 0; i < runs.size(); i++) {
            Process p = runs.get(i);
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.MINUTES));
            String err = Files.readString(base.resolve("build-" + i + ".err"));
            assertEquals(0, p.exitValue(), "run " + i + ": " + err);
            assertEquals(expected, out, "run " + i + ": " + err);
        }
    }

    /**
     * JDK 25 and newer keep an AOT cache, which the JVM refuses next to the class-data options of older
     * JDKs: the launcher must give each JDK only its own. Runs when a second JDK of 25 or newer is installed.
     */
    @Test
    void runsOnANewerJdkWithItsAotCache() throws Exception {
        Path newer = newerJdk();
        Assumptions.assumeTrue(newer != null, "no JDK 25 or newer under /usr/lib/jvm");
        Path copy = base.resolve("jdk25");
        Run installed = run(CHECKOUT, Map.of("CONSULAR_NO_BUILD", "1"), CHECKOUT.resolve("consular").toString(),
                "install", "--prefix", copy.toString());
        assertEquals(0, installed.exit(), installed.err());
        Map<String, String> env = Map.of("JAVA_HOME", newer.toString(), "HOME", base.toString());
        for (String round : List.of("makes the cache", "uses it")) {
            Run r = run(base, env, copy.resolve("bin/consular").toString(), "embassy", "germany");
            assertEquals(0, r.exit(), round + ": " + r.err());
            assertEquals(expected, r.out(), round);
            assertEquals("", r.err(), round);
        }
        List<String> id = Files.readAllLines(copy.resolve("lib/consular/consular.jsa.id"));
        assertEquals("-XX:AOTCache=", id.get(1));
    }

    private static Path newerJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return null;
        try (Stream<Path> s = Files.list(jvms)) {
            for (Path jdk : s.sorted().toList()) {
                Path release = jdk.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(jdk.resolve("bin/java"))) continue;
                for (String line : Files.readAllLines(release)) {
                    if (!line.startsWith("JAVA_VERSION=")) continue;
                    String major = line.substring(13).replace("\"", "").split("\\.")[0];
                    if (major.matches("\\d+") && Integer.parseInt(major) >= 25) return jdk;
                }
            }
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (name.equals("failsafe-reports") || name.equals(".build-lock")) return FileVisitResult.SKIP_SUBTREE;
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (!name.endsWith(".tar.gz") && !name.endsWith(".zip") && !name.startsWith("consular.jsa")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
