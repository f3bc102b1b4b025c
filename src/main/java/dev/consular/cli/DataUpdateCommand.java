package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.update.Settings;
import dev.consular.update.Store;
import dev.consular.update.UpdateException;
import dev.consular.update.Updater;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/** consular data update: installs a newer signed data bundle. */
@Command(name = "update", description = {"Download a signed data bundle, check it, and switch to it.",
        "The signature must be by a key built into consular, and every file must pass the same checks as --data; "
                + "until then the data in use stays as it is. The previous data is kept for 'consular data rollback'."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   installed, or already up to date", "  65  bad bundle: signature, archive, data, or older than the data in use",
                "  69  the source cannot be reached or read", "  74  the data folder cannot be written"})
final class DataUpdateCommand implements Callable<Integer> {
    private final App app;

    DataUpdateCommand(App app) {
        this.app = app;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "URL|FILE",
            description = "Where the bundle is (its signature is beside it, with .sig added); default: the project's latest release.")
    String from;

    @Option(names = "--allow-older", description = "Install a bundle even if its data is not newer than the data in use.")
    boolean allowOlder;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up connecting, or a download that stalls, after SECONDS (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeout < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        String location = from != null ? from : Settings.load().updateUrl();
        if (location.isEmpty()) {
            throw UpdateException.unavailable("this build names no update location: use --from URL|FILE"
                    + " (maintainers set consular.update.url in pom.xml)");
        }
        if (app.dirs().store() == null) {
            throw UpdateException.cannotWrite("no folder to install data into: set XDG_DATA_HOME or HOME");
        }
        String builtIn = new Dataset(DataSource.embedded()).meta().asOf();
        // the progress line only on a terminal: the launcher says whether stderr is one
        PrintWriter progress = "1".equals(System.getProperty("consular.errtty")) ? err : null;
        Updater updater = new Updater(new Store(app.dirs().store()), app.trustedKeys(), Duration.ofSeconds(timeout),
                progress, builtIn, Clock.systemUTC());
        Updater.Result r = updater.update(location, allowOlder);
        if (r.outcome() == Updater.Outcome.UP_TO_DATE) {
            out.println("The data in use is already as of " + r.asOf() + ".");
        } else {
            out.println("Installed data as of " + r.asOf() + " (was " + r.wasAsOf() + ").");
            out.println("Signed with key " + r.key().id() + ".");
            if (r.builtInStays()) {
                out.println("The built-in data (" + builtIn + ") is as new or newer and stays in use.");
            }
        }
        return ExitCode.FOUND; // a failed write is caught once for every command, in Cli
    }
}
