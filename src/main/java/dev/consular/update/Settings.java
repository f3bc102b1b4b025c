package dev.consular.update;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build says about where the project lives (consular.properties, filled from pom.xml):
 * the address of the latest data bundle, and of the issue tracker. Either may be empty in a
 * build whose maintainers did not set it.
 */
public record Settings(String version, String updateUrl, String issuesUrl) {

    public static Settings load() {
        Properties p = new Properties();
        try (InputStream in = dev.consular.data.BuiltIn.open("consular.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // a build without its properties has no defaults
        }
        return new Settings(p.getProperty("version", "unknown"), clean(p.getProperty("update.url")),
                clean(p.getProperty("issues.url")));
    }

    private static String clean(String v) {
        // an unset Maven property is left as ${...} by resource filtering
        return v == null || v.isBlank() || v.startsWith("${") ? "" : v.strip();
    }
}
