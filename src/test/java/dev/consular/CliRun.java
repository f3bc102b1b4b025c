package dev.consular;

import dev.consular.app.App;
import dev.consular.cli.Cli;
import dev.consular.app.TerminalInfo;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line as main does, with captured streams. */
public final class CliRun {
    /** The data directory the golden files are made from: frozen copies of a few countries. */
    public static final String TEST_DATA = Path.of("src/test/resources/testdata").toAbsolutePath().toString();

    private CliRun() {}

    /** What one invocation did; shown whole in assertion messages. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    public static Result run(String... args) {
        return withInput("", args);
    }

    public static Result withInput(String stdin, String... args) {
        return withInput(stdin.getBytes(StandardCharsets.UTF_8), TerminalInfo.pipe(), args);
    }

    /** The day every test runs on, so that "Data as of ... (N days ago)" stays what the golden files hold. */
    public static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    public static Result withInput(byte[] stdin, TerminalInfo terminal, String... args) {
        return withClock(TODAY, stdin, terminal, args);
    }

    /** Runs as main does (bytes out, one write check at the end) on the day the clock says. */
    public static Result withClock(java.time.Clock clock, byte[] stdin, TerminalInfo terminal, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream(stdin), terminal, dev.consular.update.UserDirs.none(), clock);
        int exit = Cli.run(args, app, out, new PrintWriter(err));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Runs against the frozen test data. */
    public static Result onTestData(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = TEST_DATA;
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }
}
