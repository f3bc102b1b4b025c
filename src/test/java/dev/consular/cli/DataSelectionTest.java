package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import dev.consular.CliRun;
import dev.consular.update.Bundle;
import dev.consular.update.TestBundles;
import dev.consular.update.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which data a lookup uses: --data DIR, else the newer of the installed update and the built-in data. */
class DataSelectionTest {
    static final TestKeys KEYS = TestKeys.generate();

    @TempDir
    Path home;
    @TempDir
    Path work;

    UpdateRun cli() {
        return new UpdateRun(home, KEYS.trusted());
    }

    void install(String asOf, String hours, String... more) throws IOException {
        Path file = work.resolve(Bundle.fileName(asOf));
        byte[] b = TestBundles.bundle(TestBundles.folder(work.resolve(asOf + hours), asOf, hours));
        Files.write(file, b);
        Files.write(Path.of(file + ".sig"), KEYS.sign(b));
        String[] args = new String[4 + more.length];
        args[0] = "data";
        args[1] = "update";
        args[2] = "--from";
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        CliRun.Result r = cli().run(args);
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void withNothingInstalledTheBuiltInDataIsUsed() {
        CliRun.Result status = cli().run("data", "status");
        assertEquals(0, status.exit());
        String builtIn = TestBundles.builtInAsOf();
        assertTrue(status.out().startsWith("Data in use:  built into consular "), status.out());
        assertTrue(status.out().contains(", as of " + builtIn + " ("), status.out());
        assertTrue(status.out().endsWith("Installed:    none (consular data update installs the latest)\n"
                + "Last update:  never tried\n"), status.out());
        assertEquals(CliRun.run("embassy", "germany"), cli().run("embassy", "germany"));
    }

    @Test
    void aNewerInstalledUpdateIsUsedAndDataDirStillWins() throws IOException {
        install(TestBundles.builtInPlus(1), "newer hours");
        assertTrue(cli().run("embassy", "germany").out().contains("newer hours"));
        CliRun.Result fromDir = cli().run("--data", CliRun.TEST_DATA, "embassy", "germany");
        assertEquals(CliRun.onTestData("embassy", "germany"), fromDir);
        CliRun.Result status = cli().run("--data", CliRun.TEST_DATA, "data", "status");
        assertTrue(status.out().startsWith("Data in use:  the folder named with --data: " + CliRun.TEST_DATA + "\n"), status.out());
    }

    @Test
    void anInstalledUpdateNoNewerThanTheBuiltInDataIsNotUsed() throws IOException {
        install(TestBundles.builtInAsOf(), "same-day hours", "--allow-older");
        assertEquals(CliRun.run("embassy", "germany").out(), cli().run("embassy", "germany").out());
        String status = cli().run("data", "status").out();
        assertTrue(status.contains("Installed:    as of " + TestBundles.builtInAsOf()), status);
        assertTrue(status.contains("not used: the built-in data is as new or newer"), status);
    }

    @Test
    void aDamagedPointerOrAMissingFolderFallsBackToTheBuiltInData() throws IOException {
        install(TestBundles.builtInPlus(1), "newer hours");
        Path current = home.resolve("consular/current");
        String good = Files.readString(current);
        Files.writeString(current, "garbage\u001b[31m");
        assertEquals(CliRun.run("embassy", "germany").out(), cli().run("embassy", "germany").out());
        Files.writeString(current, good.replace("data-", "data-gone-"));
        assertEquals(CliRun.run("embassy", "germany").out(), cli().run("embassy", "germany").out());
    }

    @Test
    void rollbackFromTheFirstUpdateGoesBackToTheBuiltInData() throws IOException {
        install(TestBundles.builtInPlus(1), "newer hours");
        CliRun.Result r = cli().run("data", "rollback");
        assertEquals("Back to the built-in data as of " + TestBundles.builtInAsOf() + ".\n", r.out(), r.toString());
        assertEquals(CliRun.run("embassy", "germany").out(), cli().run("embassy", "germany").out());
        CliRun.Result undo = cli().run("data", "rollback");
        assertEquals(0, undo.exit(), undo.toString());
        assertTrue(cli().run("embassy", "germany").out().contains("newer hours"));
    }

    @Test
    void rollbackWithNothingInstalledSaysSo() {
        CliRun.Result r = cli().run("data", "rollback");
        assertEquals(69, r.exit());
        assertEquals("consular: no previous data to roll back to\n", r.err());
    }

    @Test
    void onlyTheCurrentAndPreviousFoldersAreKept() throws IOException {
        install(TestBundles.builtInPlus(1), "a");
        install(TestBundles.builtInPlus(2), "b");
        install(TestBundles.builtInPlus(3), "c");
        try (var list = Files.list(home.resolve("consular"))) {
            assertEquals(2, list.filter(p -> p.getFileName().toString().startsWith("data-")).count());
        }
    }

    @Test
    void updateWithoutADefaultLocationAsksForOne() {
        CliRun.Result r = cli().run("data", "update");
        assertEquals(69, r.exit());
        assertEquals("consular: this build names no update location: use --from URL|FILE"
                + " (maintainers set consular.update.url in pom.xml)\n", r.err());
    }

    @Test
    void statusIntoAFullDiskIs74() {
        java.io.StringWriter err = new java.io.StringWriter();
        App app = new App(new java.io.ByteArrayInputStream(new byte[0]), TerminalInfo.pipe(), new dev.consular.update.UserDirs(home));
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int exit = Cli.run(new String[] {"data", "status"}, app, full, new java.io.PrintWriter(err));
        assertEquals(74, exit);
        assertEquals("consular: cannot write output: No space left on device\n", err.toString());
    }
}
