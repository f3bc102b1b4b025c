package dev.consular.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name-index build step refuses a name that several countries share unless names.json declares it. */
class NameIndexBuilderTest {
    private static final String NAMES = """
            {"aliases": {}, "ambiguous": {%s}, "notNames": {%s}}
            """;

    @TempDir
    Path dir;

    private Path data(String ambiguous, String notNames, String... isoLines) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("countries"));
        Files.createDirectories(data.resolve("iso-codes"));
        for (String code : new String[] {"de", "at"}) {
            Files.copy(Path.of("data/countries/" + code + ".json"), data.resolve("countries/" + code + ".json"));
        }
        Files.writeString(data.resolve("names.json"), NAMES.formatted(ambiguous, notNames), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("iso-codes/iso_3166-1.tsv"), "# test\n" + String.join("\n", isoLines) + "\n",
                StandardCharsets.UTF_8);
        return data;
    }

    private void build(Path data) throws IOException {
        NameIndexBuilder.main(new String[] {data.toString(), dir.resolve("out/names.tsv").toString()});
    }

    @Test
    void anUndeclaredSharedNameFailsTheBuild() throws IOException {
        Path data = data("", "", "DE\tname\txx\tTeutonia, Republic of", "AT\tofficial_name\tyy\tRepublic of Teutonia");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(data));
        assertTrue(e.getMessage().contains("\"republic of teutonia\" -> AT,DE"), e.getMessage());
        assertTrue(e.getMessage().contains("DE xx \"Teutonia, Republic of\""), e.getMessage());
    }

    @Test
    void aDeclaredSharedNameAsks() throws IOException {
        build(data("\"Republic of Teutonia\": [\"DE\", \"AT\"]", "",
                "DE\tname\txx\tTeutonia, Republic of", "AT\tofficial_name\tyy\tRepublic of Teutonia"));
        String index = Files.readString(dir.resolve("out/names.tsv"), StandardCharsets.UTF_8);
        assertTrue(index.contains("K\trepublic of teutonia\tDE,AT\t"), index);
    }

    @Test
    void aNameASourceGivesByMistakeIsLeftOut() throws IOException {
        build(data("", "\"AT\": [\"Republic of Teutonia\"]",
                "DE\tname\txx\tTeutonia, Republic of", "AT\tofficial_name\tyy\tRepublic of Teutonia"));
        String others = Files.readString(dir.resolve("out/other-names-0.tsv"), StandardCharsets.UTF_8);
        assertTrue(others.contains("K\trepublic of teutonia\t\tDE\t"), others);
    }

    @Test
    void aMistakeNoSourceMakesIsStale() throws IOException {
        Path data = data("", "\"AT\": [\"Ostmark\"]", "DE\tname\txx\tTeutonia");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(data));
        assertEquals(data.resolve("names.json") + ": notNames: no source gives AT the name \"ostmark\"", e.getMessage());
    }
}
