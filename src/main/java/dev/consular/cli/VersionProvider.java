package dev.consular.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** --version: the tool's version and the date the data was last checked. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/consular.properties")) {
            if (in != null) p.load(in);
        }
        RootCommand root = (RootCommand) spec.root().userObject();
        var meta = root.app().dataset().meta();
        return new String[] {
            "consular " + p.getProperty("version", "unknown") + " (data as of " + meta.asOf() + ")",
            meta.attribution()
        };
    }
}
