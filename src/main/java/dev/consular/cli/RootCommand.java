package dev.consular.cli;

import dev.consular.app.App;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** consular: with no command, opens the prompt on a terminal and reads queries from a pipe. */
@Command(name = "consular",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // -h/--help on every subcommand, as the error messages promise
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Find your country's embassy and consulates in Russia, offline.",
                "Russia is at war in Ukraine; many missions have closed or moved since 2018: every answer "
                        + "shows whether an office is open and the sources of each fact."},
        subcommands = {EmbassyCommand.class, CountriesCommand.class, AdvisoryCommand.class, NewsCommand.class,
                DataCommand.class, ReportCommand.class, NearCommand.class, ShellCommand.class, CompletionCommand.class, InstallCommand.class, CommandLine.HelpCommand.class},
        modelTransformer = HelpSections.class, // every command's exit codes, from ExitCode
        footerHeading = "%nExamples:%n",
        footer = {"  consular embassy germany       Germany's embassy and consulates in Russia",
                "  consular near Kazan            every open mission in or near Kazan",
                "  consular advisory --from us    what the US government advises"})
public final class RootCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandLine.Model.CommandSpec spec;

    RootCommand(App app) {
        this.app = app;
    }

    @Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Read data from DIR instead of the copy built into consular.")
    void dataDir(Path dir) {
        app.dataDir(dir);
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "After an internal error, show its stack trace (for a bug report).")
    boolean debug;

    @Option(names = "--no-pager", scope = CommandLine.ScopeType.INHERIT,
            description = "Print straight to the terminal, even when the output is longer than the screen.")
    boolean noPager;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (app.interactive()) {
            return cl.execute("shell");
        }
        return cl.getSubcommands().get("embassy").execute("-");
    }

}
