package dev.consular.update;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Updates in real processes of the packaged jar (trusting a test key): killed at random moments,
 * the next start uses the old or the new data, whole; and the maintainers' way, a bundle made by
 * `consular data bundle` and signed by signify.
 */
class UpdateProcessesIT {
    static final Path JAR = Path.of("target/consular.jar").toAbsolutePath();
    static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    static Path work;
    static TestKeys keys;
    static Path keyFile;
    static Map<String, Map<String, String>> contents = new TreeMap<>(); // hours mark -> files of that data

    @BeforeAll
    static void bundles() throws IOException {
        keys = TestKeys.generate();
        keyFile = work.resolve("test.pub");
        Files.writeString(keyFile, keys.publicKeyFile());
        for (int i = 1; i <= 2; i++) {
            Path folder = TestBundles.folder(work.resolve("d" + i), TestBundles.builtInPlus(i), "mark " + i);
            byte[] b = TestBundles.bundle(folder);
            Files.write(work.resolve("b" + i + ".tar.gz"), b);
            Files.write(work.resolve("b" + i + ".tar.gz.sig"), keys.sign(b));
            contents.put("mark " + i, listing(folder));
        }
    }

    record Run(int exit, String out, String err) {}

    static Process start(Path home, Path key, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", JAR + File.pathSeparator + TEST_CLASSES,
                "dev.consular.cli.TrustingMain", key.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", home.toString());
        return pb.start();
    }

    static Run run(Path home, Path key, String... args) throws Exception {
        Process p = start(home, key, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void anUpdateKilledAtAnyMomentLeavesOldOrNewDataWhole() throws Exception {
        Path home = work.resolve("home-kill");
        Random random = new Random();
        String expected = null; // the mark of the data in use before each round
        for (int round = 0; round < 12; round++) {
            int target = 1 + round % 2;
            Process p = start(home, keyFile, "data", "update", "--allow-older", "--from", work.resolve("b" + target + ".tar.gz").toString());
            p.getOutputStream().close();
            Thread.sleep(random.nextInt(2500));
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));

            Run embassy = run(home, keyFile, "embassy", "germany");
            assertEquals(0, embassy.exit(), embassy.err());
            String mark = embassy.out().contains("mark 1") ? "mark 1" : embassy.out().contains("mark 2") ? "mark 2" : null;
            String now = mark == null ? "built-in" : mark;
            assertTrue(now.equals("mark " + target) || now.equals(expected == null ? "built-in" : expected),
                    "round " + round + ": " + now + " is neither the old (" + expected + ") nor the new data");
            if (mark != null) {
                Run status = run(home, keyFile, "data", "status", "--json");
                String path = status.out().replaceAll("(?s).*?\"inUse\" : \\{[^}]*?\"path\" : \"([^\"]+)\".*", "$1");
                assertEquals(contents.get(mark), listing(Path.of(path)), "round " + round + ": the data in use is whole");
            }
            expected = now;
        }
        // an update that is let finish still works after all the kills, and leaves no staging folders behind
        Run last = run(home, keyFile, "data", "update", "--allow-older", "--from", work.resolve("b2.tar.gz").toString());
        assertEquals(0, last.exit(), last.err());
        try (Stream<Path> tmp = Files.list(home.resolve("consular/tmp"))) {
            assertEquals(0, tmp.count());
        }
    }

    @Test
    void twoProcessesUpdatingAtOnceBothEndWell() throws Exception {
        Path home = work.resolve("home-two");
        Process a = start(home, keyFile, "data", "update", "--from", work.resolve("b2.tar.gz").toString());
        Process b = start(home, keyFile, "data", "update", "--from", work.resolve("b2.tar.gz").toString());
        a.getOutputStream().close();
        b.getOutputStream().close();
        String outs = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), outs);
        assertEquals(0, b.exitValue(), outs);
        assertTrue(outs.contains("Installed data as of " + TestBundles.builtInPlus(2)), outs);
        assertTrue(run(home, keyFile, "embassy", "germany").out().contains("mark 2"));
    }

    /** The maintainers' steps: `consular data bundle`, signify -S, then a user's `data update`. */
    @Test
    void aBundleMadeByTheToolAndSignedBySignifyInstalls() throws Exception {
        String tool = Files.isExecutable(Path.of("/usr/bin/signify-openbsd")) ? "/usr/bin/signify-openbsd"
                : Files.isExecutable(Path.of("/usr/bin/signify")) ? "/usr/bin/signify" : null;
        assumeTrue(tool != null, "signify is not installed");
        Path dir = work.resolve("signify");
        Files.createDirectories(dir);
        exec(tool, "-G", "-n", "-c", "consular test key", "-p", dir.resolve("k.pub").toString(), "-s", dir.resolve("k.sec").toString());
        Path folder = TestBundles.folder(dir.resolve("data"), TestBundles.builtInPlus(7), "signed by signify");
        Path bundle = dir.resolve(Bundle.fileName(TestBundles.builtInPlus(7)));
        Run made = run(work.resolve("home-signify"), dir.resolve("k.pub"), "data", "bundle", folder.toString(), "--out", bundle.toString());
        assertEquals(0, made.exit(), made.err());
        exec(tool, "-S", "-s", dir.resolve("k.sec").toString(), "-m", bundle.toString());
        Run update = run(work.resolve("home-signify"), dir.resolve("k.pub"), "data", "update", "--from", bundle.toString());
        assertEquals(0, update.exit(), update.err());
        assertTrue(run(work.resolve("home-signify"), dir.resolve("k.pub"), "embassy", "germany").out().contains("signed by signify"));
        // the same bundle is refused by the key built into consular
        Run stranger = run(work.resolve("home-other"), keyFile, "data", "update", "--from", bundle.toString());
        assertEquals(65, stranger.exit());
        assertTrue(stranger.err().contains("which this consular does not trust"), stranger.err());
    }

    static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) files.put(dir.relativize(p).toString(), TestBundles.sha256(p));
            }
        }
        return files;
    }
}
