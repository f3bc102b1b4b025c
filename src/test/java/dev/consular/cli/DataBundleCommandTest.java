package dev.consular.cli;

import dev.consular.CliRun;
import dev.consular.update.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** consular data bundle: the shipped data makes a bundle; data that fails the loader makes none. */
class DataBundleCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedDataMakesTheSameBundleTwice() throws IOException {
        Path a = tmp.resolve("a.tar.gz");
        Path b = tmp.resolve("b.tar.gz");
        CliRun.Result r = CliRun.run("data", "bundle", "data", "--out", a.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Wrote " + a + ": data as of " + TestBundles.builtInAsOf() + ", "), r.out());
        assertTrue(r.out().endsWith("Sign it: signify-openbsd -S -s consular-data.sec -m " + a + "\n"), r.out());
        assertEquals(0, CliRun.run("data", "bundle", "data", "-o", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void dataThatFailsTheLoaderMakesNoBundle() throws IOException {
        Path dir = TestBundles.folder(tmp.resolve("d"), "2030-01-01", "x");
        TestBundles.editGermany(dir, m -> m.put("kind", "palace"));
        Path out = tmp.resolve("x.tar.gz");
        CliRun.Result r = CliRun.run("data", "bundle", dir.toString(), "--out", out.toString());
        assertEquals(65, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: invalid data: countries/de.json: at /missions/0/kind: \"palace\" is not one of"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBundleThatCannotBeWrittenIs74() {
        CliRun.Result r = CliRun.run("data", "bundle", "data", "--out", "/proc/consular.tar.gz");
        assertEquals(74, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: cannot write /proc/consular.tar.gz: "), r.err());
    }
}
