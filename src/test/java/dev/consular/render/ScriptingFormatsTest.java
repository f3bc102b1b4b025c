package dev.consular.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Telephone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every country through every machine format, read back by real parsers. */
class ScriptingFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_CODES = new ArrayList<>();

    @BeforeAll
    static void codes() throws Exception {
        for (JsonNode c : JSON.readTree(CliRun.run("countries", "--json").out())) ALL_CODES.add(c.path("code").asText());
    }

    private static Result all(String format) {
        return CliRun.withInput(String.join("\n", ALL_CODES) + "\n", "embassy", "-", "--format", format);
    }

    @Test
    void everyLookupInJsonLinesMatchesThePublishedSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("docs/lookup.schema.json").toFile()));
        Result r = all("jsonl");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(ALL_CODES.size(), lines.length);
        List<String> problems = new ArrayList<>();
        for (String line : lines) schema.validate(JSON.readTree(line)).forEach(m -> problems.add(m.getMessage()));
        for (String query : List.of("congo", "grmany")) {
            schema.validate(JSON.readTree(CliRun.run("embassy", query, "--json").out())).forEach(m -> problems.add(m.getMessage()));
        }
        schema.validate(JSON.readTree(CliRun.run("embassy", "de", "--near", "Omsk", "--json").out()))
                .forEach(m -> problems.add(m.getMessage()));
        // the test record with every field: published phones, sources' confidence, a move, gaps
        schema.validate(JSON.readTree(CliRun.onTestData("embassy", "india", "--json").out()))
                .forEach(m -> problems.add(m.getMessage()));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCsvRowHasTheHeadersColumnCountAndNoCellStartsAFormula() throws Exception {
        Result r = all("csv");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(r.out());
        List<List<String>> all = rows.readAll();
        int columns = all.get(0).size();
        assertEquals(DelimitedLookupRenderer.COLUMNS, all.get(0));
        for (List<String> row : all) {
            assertEquals(columns, row.size(), row.toString());
            for (String cell : row) assertFalse(cell.matches("^[=+\\-@].*"), "formula-like cell: " + cell);
        }
        assertTrue(all.size() > ALL_CODES.size());
    }

    @Test
    void tsvHasOneLinePerRowAndTheSameColumnsEverywhere() {
        for (String line : all("tsv").out().split("\n")) {
            assertEquals(DelimitedLookupRenderer.COLUMNS.size(), line.split("\t", -1).length, line);
        }
    }

    @Test
    void everyMissionRoundTripsThroughAVcardParser() throws Exception {
        Result r = all("vcard");
        List<VCard> cards = Ezvcard.parse(r.out()).all();
        int missions = 0;
        List<String> phonesOut = new ArrayList<>();
        for (JsonNode line : JSON.readerFor(JsonNode.class).<JsonNode>readValues(all("jsonl").out()).readAll()) {
            missions += line.path("missions").size();
            for (JsonNode m : line.path("missions")) m.path("phones").forEach(p -> phonesOut.add("tel:" + p.path("number").asText()));
        }
        assertEquals(missions, cards.size());
        List<String> phonesIn = new ArrayList<>();
        for (VCard card : cards) {
            assertFalse(card.getFormattedNames().isEmpty());
            assertEquals("org", card.getKind().getValue());
            for (Telephone t : card.getTelephoneNumbers()) phonesIn.add(t.getUri().toString());
        }
        assertEquals(phonesOut, phonesIn);
    }

    @Test
    void theQrCodeDecodesToTheMissionsVcard() throws Exception {
        Result r = CliRun.run("embassy", "us", "--kind", "embassy", "--qr");
        String[] lines = r.out().substring(r.out().indexOf("Scan to save:")).split("\n");
        List<String> rows = List.of(lines).subList(1, lines.length);
        int width = rows.get(0).length();
        BitMatrix light = new BitMatrix(width, rows.size() * 2);
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < width; x++) {
                char c = rows.get(y).charAt(x);
                if (c == '█' || c == '▀') light.set(x, 2 * y);
                if (c == '█' || c == '▄') light.set(x, 2 * y + 1);
            }
        }
        // without colour the light modules are drawn; the symbol starts after a 2-module margin
        int size = width - 4;
        BitMatrix dark = new BitMatrix(size);
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) if (!light.get(x + 2, y + 2)) dark.set(x, y);
        String text = new Decoder().decode(dark).getText();
        VCard card = Ezvcard.parse(text).first();
        assertEquals("Embassy of the United States of America", card.getFormattedNames().get(0).getValue());
        assertTrue(text.contains("TEL"), text);
    }

    @Test
    void fieldsChooseTheColumnsAndUnknownFieldsAreUsageErrors() {
        Result r = CliRun.run("embassy", "de", "--fields", "country_code,city,status", "--format", "tsv");
        assertEquals("country_code\tcity\tstatus", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("DE\tMoscow\topen"), r.out());
        Result bad = CliRun.run("embassy", "de", "--fields", "city,shoe_size");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown field 'shoe_size'"), bad.err());
        assertEquals(2, CliRun.run("embassy", "de", "--fields", "city", "--json").exit());
        assertEquals(2, CliRun.run("countries", "--format", "vcard").exit());
    }

    @Test
    void noFormatPutsAnEscapeSequenceInPipedOutput() {
        for (String format : List.of("text", "json", "jsonl", "csv", "tsv", "vcard")) {
            assertFalse(all(format).out().contains("\u001b"), format);
        }
        assertFalse(CliRun.run("advisory").out().contains("\u001b"));
        assertFalse(CliRun.run("news").out().contains("\u001b"));
    }

    @Test
    void theCompletionEntryPointAnswersInAnyScriptAndCase() {
        assertEquals("Германия\n", CliRun.run("__complete", "bash", "country", "Герм").out());
        assertEquals("Германия\tGermany (DE)\n", CliRun.run("__complete", "fish", "country", "герм").out());
        assertEquals("USA\tUnited States (US)\n", CliRun.run("__complete", "zsh", "country", "us").out());
        assertEquals("Deutschland\tGermany (DE)\n", CliRun.run("__complete", "fish", "country", "DEUTSCH").out());
        assertTrue(CliRun.run("__complete", "bash", "country", "united").out().contains("United\\ Kingdom\n"));
        assertTrue(CliRun.run("__complete", "fish", "country", "ドイ").out().startsWith("ドイツ\tGermany (DE)\n"));
        assertEquals(200, CliRun.run("__complete", "bash", "country", "").out().lines().count());
        assertEquals("Казань\tTatarstan\n", CliRun.run("__complete", "fish", "place", "Каз").out());
        assertEquals("Kazan\tTatarstan\n", CliRun.run("__complete", "fish", "place", "kaz").out());
        assertTrue(CliRun.run("__complete", "fish", "place", "Казач").out().startsWith("Казачинское\t"));
        assertEquals("syria-2012-06-22\n", CliRun.run("__complete", "bash", "article", "").out());
        Result bad = CliRun.run("__complete");
        assertEquals(2, bad.exit());
        assertEquals("consular: __complete takes SHELL KIND [WORD] (it is what the completion scripts call)\n", bad.err());
    }

    @Test
    void everyShellsScriptParsesAndCoversEveryCommandAndAlias() throws Exception {
        for (String shell : List.of("bash", "zsh", "fish")) {
            String script = CliRun.run("completion", shell).out();
            for (String command : List.of("embassy", "lookup", "countries", "advisory", "news", "show", "data", "report",
                    "near", "where", "shell", "completion", "help")) {
                assertTrue(script.contains(command), shell + " lacks " + command);
            }
            assertTrue(script.contains("__complete " + shell + " \"$1\"") || script.contains("__complete fish $argv[1]"), shell);
            assertFalse(script.contains("%n"), shell + ": " + script);
            String[] check = switch (shell) {
                case "bash" -> new String[] {"bash", "-n"};
                case "zsh" -> new String[] {"zsh", "-n"};
                default -> new String[] {"fish", "--no-config", "-n"};
            };
            if (new ProcessBuilder("/bin/sh", "-c", "command -v " + check[0]).start().waitFor() != 0) continue;
            Path file = java.nio.file.Files.createTempFile("consular", "." + shell);
            java.nio.file.Files.writeString(file, script);
            String[] command = java.util.Arrays.copyOf(check, check.length + 1);
            command[check.length] = file.toString();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), shell + ": " + out);
        }
    }
}
