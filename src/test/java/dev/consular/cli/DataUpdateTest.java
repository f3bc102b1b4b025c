package dev.consular.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.consular.CliRun;
import dev.consular.update.TestBundles;
import dev.consular.update.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * consular data update against bundles served from a local HTTP server (127.0.0.1 only). Each test
 * starts from an installed update G1; after every failure the data in use is still G1: the same
 * `data status` and the same `embassy germany`.
 */
class DataUpdateTest {
    static final TestKeys KEYS = TestKeys.generate();
    static final TestKeys STRANGER = TestKeys.generate();
    static final Map<String, HttpHandler> ROUTES = new ConcurrentHashMap<>();
    static HttpServer server;
    static ExecutorService serverThreads;
    static String base;
    static String g1Date;
    static String g2Date;
    static byte[] g1;
    static byte[] g2;
    static byte[] g3;
    static Path template;

    @TempDir
    static Path work;
    @TempDir
    Path home;
    UpdateRun cli;
    Snapshot before;

    record Snapshot(String status, String embassy) {}

    @BeforeAll
    static void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", ex -> {
            HttpHandler h = ROUTES.get(ex.getRequestURI().getPath());
            if (h == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
            } else {
                h.handle(ex);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        g1Date = TestBundles.builtInPlus(1);
        g2Date = TestBundles.builtInPlus(2);
        g1 = TestBundles.bundle(TestBundles.folder(work.resolve("g1"), g1Date, "G1 hours"));
        g2 = TestBundles.bundle(TestBundles.folder(work.resolve("g2"), g2Date, "G2 hours"));
        g3 = TestBundles.bundle(TestBundles.folder(work.resolve("g3"), TestBundles.builtInPlus(3), "G3 hours"));
        template = work.resolve("template");
        serve("/g1.tar.gz", g1, KEYS);
        CliRun.Result r = new UpdateRun(template, KEYS.trusted()).run("data", "update", "--from", base + "/g1.tar.gz");
        assertEquals(0, r.exit(), r.toString());
    }

    @AfterAll
    static void tearDown() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @BeforeEach
    void fromG1() throws IOException {
        copyTree(template, home);
        cli = new UpdateRun(home, KEYS.trusted());
        before = snapshot();
        assertTrue(before.embassy().contains("G1 hours"), before.embassy());
    }

    Snapshot snapshot() {
        CliRun.Result status = cli.run("data", "status", "--json");
        CliRun.Result embassy = cli.run("embassy", "germany");
        assertEquals(0, status.exit(), status.toString());
        assertEquals(0, embassy.exit(), embassy.toString());
        return new Snapshot(status.out().replaceAll("(?s)\"lastUpdate\".*", ""), embassy.out());
    }

    /** The failure changed nothing a lookup sees. */
    void assertUntouched() throws IOException {
        assertEquals(before, snapshot());
        try (Stream<Path> folders = Files.list(home.resolve("consular"))) {
            assertEquals(1, folders.filter(p -> p.getFileName().toString().startsWith("data-")).count(),
                    "only G1's folder is installed");
        }
    }

    CliRun.Result update(String path, String... more) {
        List<String> args = new ArrayList<>(List.of("data", "update", "--from", base + path));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    static void serve(String path, byte[] body, TestKeys signer) {
        serve(path, body);
        serve(path + ".sig", signer.sign(body));
    }

    static void serve(String path, byte[] body) {
        ROUTES.put(path, ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    void assertFails(CliRun.Result r, int exit, String stderr) throws IOException {
        assertEquals(exit, r.exit(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(stderr + "\n", r.err());
        assertUntouched();
        CliRun.Result status = cli.run("data", "status");
        assertTrue(status.out().contains("failed (exit " + exit + "): "), status.toString());
    }

    @Test
    void aGoodBundleIsInstalledAndRollbackReturns() throws IOException {
        serve("/g2.tar.gz", g2, KEYS);
        CliRun.Result r = update("/g2.tar.gz");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("Installed data as of " + g2Date + " (was " + g1Date + ").\nSigned with key " + KEYS.id() + ".\n", r.out());
        assertEquals("", r.err());
        assertTrue(cli.run("embassy", "germany").out().contains("G2 hours"));
        String status = cli.run("data", "status").out();
        assertTrue(status.startsWith("Data in use:  installed update, as of " + g2Date), status);
        assertTrue(status.contains("Rollback to:  installed data, as of " + g1Date), status);

        CliRun.Result back = cli.run("data", "rollback");
        assertEquals("Back to the installed data as of " + g1Date + ".\n", back.out(), back.toString());
        assertEquals(before.embassy(), cli.run("embassy", "germany").out());
        CliRun.Result again = cli.run("data", "rollback");
        assertEquals("Back to the installed data as of " + g2Date + ".\n", again.out(), again.toString());
        assertTrue(cli.run("embassy", "germany").out().contains("G2 hours"));
    }

    @Test
    void theSameBundleAgainIsUpToDate() {
        serve("/g1.tar.gz", g1, KEYS);
        CliRun.Result r = update("/g1.tar.gz");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("The data in use is already as of " + g1Date + ".\n", r.out());
    }

    @Test
    void oneFlippedByteIsRefused() throws IOException {
        byte[] bad = g2.clone();
        bad[bad.length / 2] ^= 0x01;
        serve("/g2.tar.gz", bad);
        serve("/g2.tar.gz.sig", KEYS.sign(g2));
        assertFails(update("/g2.tar.gz"), 65, "consular: g2.tar.gz: the signature does not match its contents"
                + " (damaged or altered; key " + KEYS.id() + ")");
    }

    @Test
    void aValidSignatureByAnUnknownKeyIsRefused() throws IOException {
        serve("/g2.tar.gz", g2, STRANGER);
        assertFails(update("/g2.tar.gz"), 65, "consular: g2.tar.gz: signed by key " + STRANGER.id()
                + ", which this consular does not trust");
    }

    @Test
    void aTruncatedDownloadIsRefused() throws IOException {
        serve("/g2.tar.gz.sig", KEYS.sign(g2));
        ROUTES.put("/g2.tar.gz", ex -> {
            ex.sendResponseHeaders(200, g2.length);
            OutputStream out = ex.getResponseBody();
            out.write(g2, 0, g2.length / 2);
            out.flush();
            ex.getHttpContext().getServer(); // the connection is dropped half way
            ex.close();
        });
        CliRun.Result r = update("/g2.tar.gz");
        assertEquals(69, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: " + base + "/g2.tar.gz: the download failed: "), r.err());
        assertUntouched();
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        Path file = home.resolve("g2.tar.gz");
        Files.write(file, java.util.Arrays.copyOf(g2, g2.length / 2));
        Files.write(home.resolve("g2.tar.gz.sig"), KEYS.sign(g2));
        CliRun.Result r = cli.run("data", "update", "--from", file.toString());
        assertFails(r, 65, "consular: g2.tar.gz: the signature does not match its contents (damaged or altered; key "
                + KEYS.id() + ")");
    }

    @Test
    void aDownloadThatStallsTimesOut() throws IOException {
        serve("/g2.tar.gz.sig", KEYS.sign(g2));
        ROUTES.put("/g2.tar.gz", ex -> {
            ex.sendResponseHeaders(200, g2.length);
            OutputStream out = ex.getResponseBody();
            out.write(g2, 0, 1000);
            out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        long start = System.nanoTime();
        CliRun.Result r = update("/g2.tar.gz", "--timeout", "1");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "gave up well before the server did");
        assertFails(r, 69, "consular: " + base + "/g2.tar.gz: the download stalled (nothing received for 1 s)");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        ROUTES.put("/g2.tar.gz.sig", ex -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        assertFails(update("/g2.tar.gz", "--timeout", "1"), 69,
                "consular: " + base + "/g2.tar.gz.sig: no answer within 1 s");
    }

    @Test
    void aGigabyteStreamIsCutAtTheLimit() throws IOException {
        AtomicLong sent = new AtomicLong();
        serve("/big.tar.gz.sig", KEYS.sign(g2));
        ROUTES.put("/big.tar.gz", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no size announced
            byte[] block = new byte[1 << 16];
            block[0] = 0x1f;
            block[1] = (byte) 0x8b;
            try (OutputStream out = ex.getResponseBody()) {
                while (sent.get() < (1L << 30)) {
                    out.write(block);
                    sent.addAndGet(block.length);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        assertFails(update("/big.tar.gz"), 65, "consular: " + base + "/big.tar.gz: larger than the 32 MiB limit");
        assertTrue(sent.get() < (1L << 30), "stopped before a gigabyte: " + sent.get());
    }

    @Test
    void aGigabyteAnnouncedIsRefusedBeforeItComes() throws IOException {
        serve("/big.tar.gz.sig", KEYS.sign(g2));
        ROUTES.put("/big.tar.gz", ex -> {
            ex.sendResponseHeaders(200, 1L << 30);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < (1 << 14); i++) out.write(new byte[1 << 16]);
            } catch (IOException e) {
                // the client hung up
            }
        });
        assertFails(update("/big.tar.gz"), 65, "consular: " + base + "/big.tar.gz: 1024 MiB, larger than the 32 MiB limit");
    }

    @Test
    void anHtmlPageIsNotABundle() throws IOException {
        byte[] page = "<!DOCTYPE html>\n<html><body>Please log in to the Wi-Fi</body></html>\n".getBytes(StandardCharsets.UTF_8);
        serve("/g2.tar.gz", page);
        serve("/g2.tar.gz.sig", page);
        assertFails(update("/g2.tar.gz"), 65, "consular: g2.tar.gz: not a data bundle (an HTML page: a wrong address,"
                + " or a network that shows its own page)");
    }

    @Test
    void aPathThatLeavesTheFolderIsRefused() throws IOException {
        byte[] slip = TestBundles.rawTarGz(List.of(
                TestBundles.Raw.file("data/meta.json", "{}"),
                TestBundles.Raw.file("data/../../evil.json", "{}")));
        serve("/slip.tar.gz", slip, KEYS);
        assertFails(update("/slip.tar.gz"), 65, "consular: slip.tar.gz: data/../../evil.json: a path that leaves the bundle (..)");
        assertFalse(Files.exists(home.resolve("evil.json")));
        assertFalse(Files.exists(home.resolve("consular/evil.json")));
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path target = home.resolve("absolute-evil.json");
        byte[] slip = TestBundles.rawTarGz(List.of(TestBundles.Raw.file(target.toString(), "{}")));
        serve("/abs.tar.gz", slip, KEYS);
        assertFails(update("/abs.tar.gz"), 65, "consular: abs.tar.gz: " + target + ": an absolute path");
        assertFalse(Files.exists(target));
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws IOException {
        byte[] link = TestBundles.rawTarGz(List.of(
                new TestBundles.Raw("data/countries/de.json", '2', "/etc/passwd", new byte[0])));
        serve("/link.tar.gz", link, KEYS);
        assertFails(update("/link.tar.gz"), 65, "consular: link.tar.gz: data/countries/de.json: a symbolic link entry");
    }

    @Test
    void aHardLinkEntryIsRefused() throws IOException {
        byte[] link = TestBundles.rawTarGz(List.of(
                new TestBundles.Raw("data/meta.json", '1', "data/names.json", new byte[0])));
        serve("/hard.tar.gz", link, KEYS);
        assertFails(update("/hard.tar.gz"), 65, "consular: hard.tar.gz: data/meta.json: a hard link entry");
    }

    @Test
    void anUnexpectedFileIsRefused() throws IOException {
        byte[] extra = TestBundles.rawTarGz(List.of(TestBundles.Raw.file("data/run-me.sh", "#!/bin/sh\n")));
        serve("/extra.tar.gz", extra, KEYS);
        assertFails(update("/extra.tar.gz"), 65, "consular: extra.tar.gz: data/run-me.sh: not a file a data bundle holds");
    }

    @Test
    void aSignedBundleWhoseDataFailsTheLoaderIsRefused() throws IOException {
        Path folder = TestBundles.folder(home.resolve("bad"), TestBundles.builtInPlus(5), "bad hours");
        TestBundles.editGermany(folder, m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("phones").get(0))
                .put("number", "8 495 933-43-11"));
        serve("/bad.tar.gz", TestBundles.bundle(folder), KEYS);
        assertFails(update("/bad.tar.gz"), 65, "consular: invalid data: countries/de.json: at /missions/0/phones/0/number:"
                + " \"8 495 933-43-11\" is not an E.164 number");
    }

    @Test
    void aSignedBundleWhoseDateIsNoDateIsRefused() throws IOException {
        Path folder = TestBundles.folder(home.resolve("undated"), "2026-13-01", "undated");
        serve("/undated.tar.gz", TestBundles.bundle(folder), KEYS);
        assertFails(update("/undated.tar.gz"), 65, "consular: invalid data: meta.json: at /asOf: \"2026-13-01\" is not a date (yyyy-mm-dd)");
    }

    @Test
    void aBundleWithoutACountryTheBuiltInDataHasIsRefused() throws IOException {
        Path folder = TestBundles.folder(home.resolve("partial"), TestBundles.builtInPlus(5), "partial");
        Files.delete(folder.resolve("countries/fr.json"));
        serve("/partial.tar.gz", TestBundles.bundle(folder), KEYS);
        assertFails(update("/partial.tar.gz"), 65, "consular: invalid data: countries/fr.json: missing");
    }

    @Test
    void anOlderBundleIsRefusedUnlessAllowed() throws IOException {
        String old = TestBundles.builtInAsOf();
        byte[] older = TestBundles.bundle(TestBundles.folder(home.resolve("old"), old, "old hours"));
        serve("/old.tar.gz", older, KEYS);
        assertFails(update("/old.tar.gz"), 65, "consular: old.tar.gz: its data (" + old + ") is older than the data in use ("
                + g1Date + "); --allow-older installs it anyway");

        CliRun.Result forced = update("/old.tar.gz", "--allow-older");
        assertEquals(0, forced.exit(), forced.toString());
        assertEquals("Installed data as of " + old + " (was " + g1Date + ").\nSigned with key " + KEYS.id() + ".\n"
                + "The built-in data (" + old + ") is as new or newer and stays in use.\n", forced.out());
        assertEquals(CliRun.run("embassy", "germany").out(), cli.run("embassy", "germany").out(), "the built-in data is in use");
    }

    @Test
    void noServerAtTheAddressFailsWithin69() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        CliRun.Result r = cli.run("data", "update", "--from", "http://127.0.0.1:" + port + "/consular-data.tar.gz", "--timeout", "2");
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
        assertFails(r, 69, "consular: cannot connect to 127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void aMissingBundleIs69() throws IOException {
        assertFails(update("/nothing.tar.gz"), 69, "consular: " + base + "/nothing.tar.gz.sig: not found (HTTP 404)");
    }

    @Test
    void aMissingFileIs69() throws IOException {
        Path file = home.resolve("none.tar.gz");
        assertFails(cli.run("data", "update", "--from", file.toString()), 69,
                "consular: cannot read " + file + ".sig: no such file");
    }

    @Test
    void twoUpdatesAtOnceLeaveOneWholeDataInUse() throws Exception {
        serve("/g2.tar.gz", g2, KEYS);
        serve("/g3.tar.gz", g3, KEYS);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<CliRun.Result> a = two.submit(() -> update("/g2.tar.gz"));
            Future<CliRun.Result> b = two.submit(() -> update("/g3.tar.gz"));
            CliRun.Result ra = a.get();
            CliRun.Result rb = b.get();
            assertEquals(0, rb.exit(), rb.toString());
            // g2 after g3 is older than the data in use by then, and refused
            assertTrue(ra.exit() == 0 || (ra.exit() == 65 && ra.err().contains("is older than the data in use")), ra.toString());
        } finally {
            two.shutdownNow();
        }
        String embassy = cli.run("embassy", "germany").out();
        assertTrue(embassy.contains("G3 hours"), embassy);
        assertWholeCopyOf(work.resolve("g3"));
    }

    @Test
    void theSameUpdateTwiceAtOnceInstallsItOnce() throws Exception {
        serve("/g2.tar.gz", g2, KEYS);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<CliRun.Result> a = two.submit(() -> update("/g2.tar.gz"));
            Future<CliRun.Result> b = two.submit(() -> update("/g2.tar.gz"));
            String outs = a.get().out() + b.get().out();
            assertTrue(outs.contains("Installed data as of " + g2Date), outs);
            assertTrue(outs.contains("already as of " + g2Date), outs);
        } finally {
            two.shutdownNow();
        }
        assertWholeCopyOf(work.resolve("g2"));
    }

    /** The data in use holds exactly the files of this folder (READMEs and build scripts aside). */
    void assertWholeCopyOf(Path folder) throws IOException {
        String json = cli.run("data", "status", "--json").out();
        String path = json.replaceAll("(?s).*?\"inUse\" : \\{[^}]*?\"path\" : \"([^\"]+)\".*", "$1");
        assertEquals(listing(folder), listing(Path.of(path)));
    }

    static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) files.put(dir.relativize(p).toString(), dev.consular.update.TestBundles.sha256(p));
            }
        }
        return files;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
