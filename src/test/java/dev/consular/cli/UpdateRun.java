package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import dev.consular.CliRun;
import dev.consular.update.Signify;
import dev.consular.update.UserDirs;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line with a data home and the keys a test trusts, as main does otherwise. */
final class UpdateRun {
    private final Path dataHome;
    private final List<Signify.Key> keys;

    UpdateRun(Path dataHome, List<Signify.Key> keys) {
        this.dataHome = dataHome;
        this.keys = keys;
    }

    CliRun.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe(), new UserDirs(dataHome), dev.consular.CliRun.TODAY);
        app.trustKeys(keys);
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        Integer quick = QuickLookup.run(args, app, o, e);
        CommandLine cl = Cli.commandLine(app, o, e);
        int exit = quick != null ? quick : cl.execute(args);
        o.flush();
        e.flush();
        return new CliRun.Result(exit, out.toString(), err.toString());
    }
}
