package dev.consular.cli;

import dev.consular.data.DataException;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

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
        App app = new App(stdin, terminal);
        Pager pager = Pager.of(terminal, args, out, err);
        PrintWriter target = pager == null ? out : pager.writer();
        Integer quick = Complete.run(args, app, out, err);
        if (quick == null) quick = QuickLookup.run(args, app, target, err);
        int code;
        boolean direct = false;
        if (quick != null) {
            code = quick;
        } else {
            CommandLine cl = commandLine(app, target, err);
            code = cl.execute(args);
            direct = ((RootCommand) cl.getCommand()).noPager;
        }
        if (pager != null) pager.finish(direct);
        out.flush();
        err.flush();
        return code;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> near = Suggestions.of(u);
            if (!u.isUnknownOption() && !cl.getCommandSpec().subcommands().isEmpty()) {
                message = "Unknown command: '" + u.getUnmatched().get(0) + "'";
            }
            if (!near.isEmpty()) message += ". Did you mean: " + String.join(" or ", near) + "?";
        }
        err.println("consular: " + dev.consular.render.Sanitizer.clean(message).replace("\n", " ").strip()
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
