package dev.consular.cli;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.lookup.Finder;

import java.io.InputStream;
import java.nio.file.Path;

/** What every command shares: the data (opened on first use), the terminal and standard input. */
public final class App {
    private final InputStream stdin;
    private final TerminalInfo terminal;
    private Path dataDir;
    private Dataset dataset;
    private Finder finder;

    public App(InputStream stdin, TerminalInfo terminal) {
        this.stdin = stdin;
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

    public InputStream stdin() {
        return stdin;
    }

    public TerminalInfo terminal() {
        return terminal;
    }
}
