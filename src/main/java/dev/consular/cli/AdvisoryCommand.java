package dev.consular.cli;

import dev.consular.render.AdvisoryRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/** consular advisory: the consular-assistance notice, Russia's emergency numbers and guidance. */
@Command(name = "advisory", description = "Show the consular-assistance notice, Russia's emergency numbers and guidance.")
final class AdvisoryCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        App app = root.app();
        new AdvisoryRenderer(spec.commandLine().getOut(), output.style(app.terminal()), app.terminal().wrapWidth())
                .render(output.format(), app.dataset().advisory(), app.dataset().meta().asOf());
        return ExitCode.FOUND;
    }
}
