package dev.consular.cli;

import dev.consular.data.DataException;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Builds the command line the same way for main, the tests and the interactive prompt: writers,
 * error handling and exit codes included.
 */
public final class Cli {
    private Cli() {}

    public static CommandLine commandLine(App app, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand(app));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Cli::executionError);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                app.terminal().interactive() && !app.terminal().noColor() ? CommandLine.Help.Ansi.AUTO
                        : CommandLine.Help.Ansi.OFF));
        return cl;
    }

    /** Runs one invocation and returns its exit code. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, TerminalInfo terminal) {
        return run(args, stdin, out, err, terminal, dev.consular.update.UserDirs.none());
    }

    /** The same, with the user's folders: where installed data updates live. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, TerminalInfo terminal,
                          dev.consular.update.UserDirs dirs) {
        App app = new App(stdin, terminal, dirs);
        Integer quick = QuickLookup.run(args, app, out, err);
        int code = quick != null ? quick : commandLine(app, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("consular: " + dev.consular.render.Sanitizer.clean(e.getMessage()).replace("\n", " ").strip()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        return failure(e, cl.getErr());
    }

    /** Says what went wrong in one line and returns the exit code: 65 for data, 70 for the rest. */
    static int failure(Exception e, PrintWriter err) {
        if (e instanceof DataException) {
            err.println("consular: invalid data: " + e.getMessage());
            err.flush();
            return ExitCode.DATA;
        }
        if (e instanceof OutputFileException file) {
            err.println("consular: " + dev.consular.render.Sanitizer.clean(file.getMessage()));
            err.flush();
            return ExitCode.CANNOT_WRITE;
        }
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            err.println("consular: cannot read input: " + io.getCause().getMessage());
            err.flush();
            return ExitCode.INTERNAL;
        }
        err.println("consular: internal error: " + e);
        if (System.getenv("CONSULAR_DEBUG") != null) e.printStackTrace(err);
        else err.println("Run with CONSULAR_DEBUG=1 for details, and please report it.");
        err.flush();
        return ExitCode.INTERNAL;
    }
}
