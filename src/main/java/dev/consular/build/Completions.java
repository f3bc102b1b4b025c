package dev.consular.build;

import dev.consular.app.App;
import dev.consular.cli.Cli;
import dev.consular.app.TerminalInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shell completion scripts into a share/ folder at build time by running the tool's own
 * {@code completion} command, so that the release archive and {@code consular install} ship what it prints.
 */
public final class Completions {
    private Completions() {}

    /** Where each shell looks for a command's completion under a prefix's share/ folder. */
    // where each shell looks for them under share/: the installed layout decides
    static final String BASH = dev.consular.install.Layout.BASH_COMPLETION;
    static final String ZSH = dev.consular.install.Layout.ZSH_COMPLETION;
    static final String FISH = dev.consular.install.Layout.FISH_COMPLETION;

    public static void main(String[] args) throws IOException {
        Path share = Path.of(args[0]);
        write(share.resolve(BASH), run("bash"));
        write(share.resolve(ZSH), zsh(run("zsh")));
        write(share.resolve(FISH), run("fish"));
    }

    /**
     * zsh autoloads a file from fpath as the body of the completion function. A bash script is wrapped so
     * that it runs through bashcompinit and answers the very first Tab too; a native zsh one is kept as it is.
     */
    static String zsh(String script) {
        if (script.startsWith("#compdef")) return script;
        return "#compdef consular\n"
                + "# The bash completion script of consular, run by zsh through bashcompinit.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "# bash's compopt has no zsh counterpart: without this each Tab prints \"command not found\"\n"
                + "whence compopt >/dev/null || compopt() { return 0; }\n"
                + script
                + "\n_bash_complete -F _complete_consular -o default\n";
    }

    private static String run(String shell) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe());
        int code = Cli.commandLine(app, new PrintWriter(out), new PrintWriter(err)).execute("completion", shell);
        if (code != 0) throw new IllegalStateException("consular completion " + shell + " failed: " + err);
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
