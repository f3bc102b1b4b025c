package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.data.CoverageReport;
import dev.consular.render.ReportRenderer;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.concurrent.Callable;

/** consular data: facts about the dataset itself. */
@Command(name = "data", description = "Facts about the dataset, and signed updates of it.",
        subcommands = {DataCommand.Report.class, DataStatusCommand.class, DataUpdateCommand.class,
                DataRollbackCommand.class, DataBundleCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  consular data report",
                "  consular data status",
                "  consular data status --json"})
final class DataCommand {
    /** consular data report: how complete the data is, field by field. */
    @Command(name = "report", description = "Show how many missions have each kind of fact, and the data's date.",
            footerHeading = "%nExamples:%n",
        footer = {"  consular data report",
                "  consular data report --format csv"})
    static final class Report extends AppCommand implements Callable<Integer> {
        Report(App app) {
            super(app);
        }

        @Override
        public Integer call() throws IOException {
            App app = app();
            CoverageReport report = CoverageReport.of(app.dataset().allCountries(), app.dataset().meta(),
                    app.dataset().regions());
            new ReportRenderer(out()).render(output.format(spec), report);
            return ExitCode.FOUND;
        }
    }
}
