package dev.consular.cli;

import dev.consular.text.ConsularException;
import dev.consular.text.ExitCode;
import dev.consular.text.Say;
import dev.consular.app.WatchedWriter;
import dev.consular.app.OutputFailure;
import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import dev.consular.render.Sanitizer;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the command line the same way for main, the tests and the interactive prompt: writers,
 * error handling and exit codes included.
 */
public final class Cli {
    /** Longest message line: a message quoting a 100 KB value shows its start. */
    private static final int MESSAGE = 500;

    private Cli() {}

    public static CommandLine commandLine(App app, PrintWriter out, PrintWriter err) {
        CommandLine cl = CommandFactory.commandLine(app);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAllowSubcommandsAsOptionParameters(true); // --data data: a folder that is named like a command
        cl.setExecutionExceptionHandler(Cli::executionError);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                app.terminal().interactive() && !app.terminal().noColor() ? CommandLine.Help.Ansi.AUTO
                        : CommandLine.Help.Ansi.OFF));
        return cl;
    }

    /** Runs one invocation and returns its exit code. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, TerminalInfo terminal) {
        return run(args, new App(stdin, terminal), out, err);
    }

    /**
     * Runs one invocation writing to a byte stream, as main does: a write that failed anywhere
     * (PrintWriter keeps it to itself) ends with exit 74 and its cause, once, at the end.
     */
    public static int run(String[] args, App app, OutputStream stdout, PrintWriter err) {
        // UTF-8 whatever the locale says: names and addresses are in Cyrillic
        WatchedWriter out = WatchedWriter.of(stdout, StandardCharsets.UTF_8, 1 << 16);
        int code = run(args, app, out, err);
        try {
            out.check();
            return code;
        } catch (OutputFailure e) {
            return OutputFailure.report((java.io.IOException) e.getCause(), code, err);
        }
    }

    private static int run(String[] args, App app, PrintWriter out, PrintWriter err) {
        Pager pager = Pager.of(app.terminal(), args, out, err);
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
        Say.to(err, Sanitizer.brief(message.replace("\n", " ").strip(), MESSAGE)
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getOut().flush(); // what the command printed before it failed comes before the message
        return failure(e, cl.getErr(), parsed.hasMatchedOption("--debug"));
    }

    static int failure(Exception e, PrintWriter err) {
        return failure(e, err, false);
    }

    /**
     * The one way a failure ends: a known one (a {@link ConsularException}) is one line and its exit
     * code; output that could not be written is 74; anything else is an internal error, 70, whose
     * stack trace follows with --debug.
     */
    static int failure(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof ConsularException known) {
            // paths, field names and tokens from files, URLs and queries may hold escapes or be 100 KB long
            Say.to(err, Sanitizer.brief(known.line(), MESSAGE));
            return known.exitCode();
        }
        if (e instanceof OutputFailure o) return OutputFailure.report((java.io.IOException) o.getCause(), ExitCode.OUTPUT, err);
        Say.to(err, "internal error: " + Sanitizer.brief(e.toString(), MESSAGE));
        if (debug) e.printStackTrace(err);
        else err.println("Run it again with --debug for details, and please report it.");
        err.flush();
        return ExitCode.INTERNAL;
    }
}
