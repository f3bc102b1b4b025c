package dev.consular.cli;

import dev.consular.text.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** consular completion bash|zsh|fish: a completion script made from the commands' own definitions. */
@Command(name = "completion", description = "Print a shell completion script: commands, options, countries and places.",
        footerHeading = "%nExamples:%n",
        footer = {"  source <(consular completion bash)     in ~/.bashrc",
                "  source <(consular completion zsh)      in ~/.zshrc",
                "  consular completion fish > ~/.config/fish/completions/consular.fish"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh, fish }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "${COMPLETION-CANDIDATES} (default: bash).")
    Shell shell;

    @Override
    public Integer call() {
        CompletionScripts scripts = new CompletionScripts(spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (shell) {
            case bash -> scripts.bash();
            case zsh -> scripts.zsh();
            case fish -> scripts.fish();
        });
        out.flush();
        return ExitCode.FOUND;
    }
}
