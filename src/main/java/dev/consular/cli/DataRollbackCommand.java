package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.update.Store;
import dev.consular.update.UpdateException;
import dev.consular.update.Updater;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/** consular data rollback: back to the data in use before the last update. */
@Command(name = "rollback", description = "Go back to the data in use before the last update (run it again to undo).",
        footerHeading = "%nExit codes:%n",
        footer = {"  0   rolled back", "  69  no previous data to go back to", "  74  the data folder cannot be written"})
final class DataRollbackCommand implements Callable<Integer> {
    private final App app;

    DataRollbackCommand(App app) {
        this.app = app;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (app.dirs().store() == null) throw UpdateException.unavailable("no previous data to roll back to");
        String builtIn = new Dataset(DataSource.embedded()).meta().asOf();
        Updater.Rollback r = new Updater(new Store(app.dirs().store()), app.trustedKeys(), Duration.ofSeconds(30),
                null, builtIn, Clock.systemUTC()).rollback();
        out.println("Back to the " + (r.to().builtIn() ? "built-in" : "installed") + " data as of " + r.asOf() + ".");
        if (r.builtInStays()) out.println("The built-in data (" + builtIn + ") is newer and stays in use.");
        return ExitCode.FOUND; // a failed write is caught once for every command, in Cli
    }
}
