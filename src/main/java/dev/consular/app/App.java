package dev.consular.app;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.lookup.Finder;
import dev.consular.update.StartupData;
import dev.consular.update.UserDirs;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * What every command shares: the data (opened on first use: --data DIR, else the newer of the
 * installed update and the built-in copy), the terminal, standard input and the user's folders.
 */
public final class App {
    private final StandardInput stdin;
    private final TerminalInfo terminal;
    private final UserDirs dirs;
    private final java.time.Clock clock;
    private final java.util.Map<String, String> env;
    private java.util.List<dev.consular.update.Signify.Key> trustedKeys;
    private Path dataDir;
    private Dataset dataset;
    private Finder finder;

    public App(InputStream stdin, TerminalInfo terminal) {
        this(stdin, terminal, UserDirs.none(), java.time.Clock.systemDefaultZone());
    }

    public App(InputStream stdin, TerminalInfo terminal, UserDirs dirs) {
        this(stdin, terminal, dirs, java.time.Clock.systemDefaultZone());
    }

    /** @param clock read once, for the data's age (tests fix it) */
    public App(InputStream stdin, TerminalInfo terminal, UserDirs dirs, java.time.Clock clock) {
        this(stdin, terminal, dirs, clock, java.util.Map.of());
    }

    /** @param env the process's environment, which only Main reads and passes on */
    public App(InputStream stdin, TerminalInfo terminal, UserDirs dirs, java.time.Clock clock, java.util.Map<String, String> env) {
        this.stdin = StandardInput.of(stdin);
        this.terminal = terminal;
        this.dirs = dirs;
        this.clock = clock;
        this.env = env;
    }

    /** The environment Main was started with (empty in tests unless they set one). */
    public java.util.Map<String, String> env() {
        return env;
    }

    public void dataDir(Path dir) {
        this.dataDir = dir;
        this.dataset = null;
        this.finder = null;
    }

    public Dataset dataset() {
        if (dataset == null) {
            dataset = dataDir == null ? StartupData.dataset(dirs) : new Dataset(DataSource.directory(dataDir));
        }
        return dataset;
    }

    /** Today, by the run's clock: what the data's age is counted from, in every command. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public Finder finder() {
        if (finder == null) finder = new Finder(dataset(), today());
        return finder;
    }

    /** The folder named with --data, or null. */
    public Path dataDir() {
        return dataDir;
    }

    public UserDirs dirs() {
        return dirs;
    }

    /** The keys a data bundle must be signed with: those built into the jar, unless a test sets others. */
    public java.util.List<dev.consular.update.Signify.Key> trustedKeys() {
        if (trustedKeys == null) trustedKeys = dev.consular.update.TrustedKeys.builtIn();
        return trustedKeys;
    }

    public void trustKeys(java.util.List<dev.consular.update.Signify.Key> keys) {
        this.trustedKeys = keys;
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
