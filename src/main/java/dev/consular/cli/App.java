package dev.consular.cli;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.lookup.Finder;

import java.io.InputStream;
import java.nio.file.Path;

/** What every command shares: the data (opened on first use), the terminal and standard input. */
public final class App {
    private final StandardInput stdin;
    private final TerminalInfo terminal;
    private Path dataDir;
    private Dataset dataset;
    private Finder finder;

    public App(InputStream stdin, TerminalInfo terminal) {
        this.stdin = StandardInput.of(stdin);
        this.terminal = terminal;
    }

    void dataDir(Path dir) {
        this.dataDir = dir;
        this.dataset = null;
        this.finder = null;
    }

    public Dataset dataset() {
        if (dataset == null) {
            dataset = new Dataset(dataDir == null ? DataSource.embedded() : DataSource.directory(dataDir));
        }
        return dataset;
    }

    public Finder finder() {
        if (finder == null) finder = new Finder(dataset());
        return finder;
    }

    public StandardInput stdin() {
        return stdin;
    }

    /** True when standard input and output are both terminals: a person is there to use the prompt. */
    public boolean interactive() {
        return terminal.interactive() && stdin.keyboard();
    }

    public TerminalInfo terminal() {
        return terminal;
    }
}
