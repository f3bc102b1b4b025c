package dev.consular;

import dev.consular.cli.Cli;
import dev.consular.cli.TerminalInfo;

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

    public static Result withInput(byte[] stdin, TerminalInfo terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), terminal);
        return new Result(exit, out.toString(), err.toString());
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
