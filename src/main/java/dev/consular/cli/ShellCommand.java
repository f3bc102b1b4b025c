package dev.consular.cli;

import dev.consular.app.WatchedWriter;
import dev.consular.app.App;
import dev.consular.shell.History;
import dev.consular.shell.Prompt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * consular shell: the interactive prompt (also what `consular` alone opens on a terminal); with
 * standard input or output redirected it reads one query a line instead.
 */
@Command(name = "shell", description = "Open the interactive prompt: type a country, Tab completes.",
        footerHeading = "%nExamples:%n",
        footer = {"  consular shell",
                "  consular                  (alone, on a terminal)"})
final class ShellCommand implements Callable<Integer> {
    private final App app;

    ShellCommand(App app) {
        this.app = app;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!app.interactive()) {
            // no one at a keyboard, or the output goes elsewhere: read queries, as `consular` alone does
            return spec.root().commandLine().getSubcommands().get("embassy").execute("-");
        }
        Prompt.quietJLine(); // before the terminal is built: that is where JLine warns first
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("consular").build()) {
            WatchedWriter writer = WatchedWriter.of(terminal.output(), terminal.encoding(), 8192);
            CommandLine inner = Cli.commandLine(app, writer, writer);
            return new Prompt(terminal, app, inner, History.location(app.env()), writer).run();
        }
    }
}
