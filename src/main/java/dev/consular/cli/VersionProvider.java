package dev.consular.cli;

import dev.consular.app.App;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** --version: the tool's version and the date the data was last checked. */
final class VersionProvider implements CommandLine.IVersionProvider {
    private final App app;

    VersionProvider(App app) {
        this.app = app;
    }

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/consular.properties")) {
            if (in != null) p.load(in);
        }
        var meta = app.dataset().meta();
        return new String[] {
            "consular " + p.getProperty("version", "unknown") + " (data as of " + meta.asOf() + ")",
            meta.attribution()
        };
    }
}
