package dev.consular.cli;

import dev.consular.app.App;
import dev.consular.app.TerminalInfo;
import picocli.CommandLine;

import java.lang.reflect.Constructor;

/**
 * Makes every command, and the version provider, with the {@link App} it works on handed to its
 * constructor, so that none of them reaches into the command tree for it. Classes without a
 * constructor taking an App (mixins, converters, picocli's own help) are made as picocli makes them.
 */
public final class CommandFactory implements CommandLine.IFactory {
    private final App app;

    CommandFactory(App app) {
        this.app = app;
    }

    /** For the man page generator, which names a factory by its class: an app with no terminal and no input. */
    public CommandFactory() {
        this(new App(new java.io.ByteArrayInputStream(new byte[0]), TerminalInfo.pipe()));
    }

    /**
     * The command tree of {@code consular}, its commands made by a factory for this app. Here, not in
     * Cli: checking a call that passes a factory loads picocli's IFactory, which the fast path must not.
     */
    static CommandLine commandLine(App app) {
        return new CommandLine(RootCommand.class, new CommandFactory(app));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == App.class) {
                c.setAccessible(true); // the commands are package-private
                return type.cast(c.newInstance(app));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
