package dev.consular.cli;

import dev.consular.shell.History;
import dev.consular.shell.Prompt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** consular shell: the interactive prompt (also what `consular` alone opens on a terminal). */
@Command(name = "shell", description = "Open the interactive prompt: type a country, Tab completes.",
        footerHeading = "%nExamples:%n",
        footer = {"  consular shell",
                "  consular                  (alone, on a terminal)"})
final class ShellCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        App app = root.app();
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("consular").build()) {
            PrintWriter writer = terminal.writer();
            CommandLine inner = Cli.commandLine(app, writer, writer);
            return new Prompt(terminal, app, inner, History.location(System.getenv())).run();
        }
    }
}
