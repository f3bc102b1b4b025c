package dev.consular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files under src/test/resources/golden. A missing file fails the test; run with
 * -Dgolden.update=true to write them anew, then review the diff before committing.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing; run with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
        } catch (IOException e) {
            fail(e);
        }
    }
}
