package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import dev.consular.update.Signify;
import dev.consular.update.UserDirs;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Main for end-to-end tests of updates in real processes: the same command line, trusting the
 * signify public key file given as the first argument instead of the built-in key.
 */
public final class TrustingMain {
    private TrustingMain() {}

    public static void main(String[] args) throws Exception {
        var keys = Signify.readPublicKeys(Files.readString(Path.of(args[0])));
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        App app = new App(System.in, TerminalInfo.pipe(), UserDirs.from(System.getenv(), System.getProperty("user.home")));
        app.trustKeys(keys);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Integer quick = QuickLookup.run(rest, app, out, err);
        int code = quick != null ? quick : Cli.commandLine(app, out, err).execute(rest);
        out.flush();
        System.exit(code);
    }
}
