package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.render.Format;
import dev.consular.update.DataStatus;
import dev.consular.update.Settings;
import dev.consular.update.StatusRenderer;
import dev.consular.update.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.concurrent.Callable;

/** consular data status: which data is in use, and how the last update went. */
@Command(name = "status", description = "Show which data is in use (built-in or installed), its date and age, "
        + "the key that signed it, and how the last update ended.")
final class DataStatusCommand extends AppCommand implements Callable<Integer> {
    DataStatusCommand(App app) {
        super(app);
    }

    @Override
    public Integer call() throws IOException {
        Format format = output.format(spec);
        if (format != Format.TEXT && format != Format.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "data status prints text or json");
        }
        App app = app();
        Store store = app.dirs().store() == null ? null : new Store(app.dirs().store());
        String builtIn = new Dataset(DataSource.embedded()).meta().asOf();
        DataStatus status = DataStatus.of(store, builtIn, app.dataDir(), app.today());
        StatusRenderer r = new StatusRenderer(out());
        if (format == Format.JSON) r.json(status);
        else r.text(status, Settings.load().version());
        return ExitCode.FOUND; // a failed write is caught once for every command, in Cli
    }
}
