package dev.consular.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.Decoder;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.app.TerminalInfo;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Telephone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
            for (String cell : row) {
                assertFalse(cell.matches("^[=+\\-@].*") && !DelimitedRows.phones(cell), "formula-like cell: " + cell);
            }
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
    void vcardsSayWhatEachNumberIsForAndKeepOneUidPerMission() {
        Result us = CliRun.run("embassy", "us", "--format", "vcard");
        List<VCard> cards = Ezvcard.parse(us.out()).all();
        VCard embassy = cards.get(0);
        Telephone hotline = embassy.getTelephoneNumbers().stream()
                .filter(t -> t.getUri().getNumber().equals("+74957285000")).findFirst().orElseThrow();
        assertTrue(hotline.getTypes().toString().contains("x-emergency"), hotline.getTypes().toString());
        String label = embassy.getExtendedProperties("X-ABLabel").stream()
                .filter(l -> l.getGroup().equals(hotline.getGroup())).findFirst().orElseThrow().getValue();
        assertTrue(label.startsWith("Emergency hotline"), label);
        assertEquals(cards.size(), cards.stream().map(c -> c.getUid().getValue()).distinct().count());
        assertEquals(embassy.getUid().getValue(), Ezvcard.parse(CliRun.run("embassy", "us", "--format", "vcard").out())
                .first().getUid().getValue());
    }

    @Test
    void vcardLinesAreFoldedAt75OctetsNotCharacters() {
        Result r = all("vcard");
        for (String line : r.out().split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        // folding never splits a character: unfolded, every card parses back to the same names
        assertTrue(r.out().contains("Посольство"), "Cyrillic names present");
    }

    /** Reads a QR code drawn without colour (light modules drawn) back into its text. */
    private static String decodeDrawing(String out) throws Exception {
        String[] lines = out.substring(out.indexOf("Scan to save:")).split("\n");
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
        int q = QrCode.TERMINAL_QUIET_ZONE;
        int size = width - 2 * q;
        BitMatrix dark = new BitMatrix(size);
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) if (!light.get(x + q, y + q)) dark.set(x, y);
        return new Decoder().decode(dark).getText();
    }

    private static TerminalInfo terminal(int columns, int rows) {
        return new TerminalInfo(true, columns, rows, true, false, "cat");
    }

    @Test
    void theQrCodeOnAWideTerminalCarriesTheWholeCard() throws Exception {
        Result r = CliRun.withInput(new byte[0], terminal(120, 0), "embassy", "us", "--kind", "embassy", "--qr");
        VCard card = Ezvcard.parse(decodeDrawing(r.out())).first();
        assertEquals("Embassy of the United States of America", card.getFormattedNames().get(0).getValue());
        assertTrue(r.out().contains("(contact card)"), r.out());
    }

    @Test
    void theQrCodeFitsAnEightyByTwentyFourTerminalAndScans() throws Exception {
        Result r = CliRun.withInput(new byte[0], terminal(80, 24), "embassy", "us", "--kind", "embassy", "--qr");
        String drawing = r.out().substring(r.out().indexOf("Scan to save:"));
        List<String> rows = drawing.lines().skip(1).toList();
        assertTrue(rows.size() <= 22, rows.size() + " rows");
        assertTrue(rows.stream().allMatch(row -> row.length() <= 80), drawing);
        String text = decodeDrawing(r.out());
        assertTrue(text.contains("Embassy of the United States of America") && text.contains("+74957285577"), text);
    }

    @Test
    void aTerminalTooSmallForAnyCodeIsToldSo() {
        Result r = CliRun.withInput(new byte[0], terminal(20, 8), "embassy", "us", "--kind", "embassy", "--qr");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("too small even for a phone number's code; use --qr=FILE.png"), r.out());
    }

    @Test
    void qrImagesDecodeToTheFullCard(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("us.png");
        Path svg = dir.resolve("us.svg");
        assertEquals(0, CliRun.run("embassy", "us", "--kind", "embassy", "--qr=" + png).exit());
        assertEquals(0, CliRun.run("embassy", "us", "--kind", "embassy", "--qr=" + svg).exit());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String fromPng = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals("Embassy of the United States of America", Ezvcard.parse(fromPng).first().getFormattedNames().get(0).getValue());
        // the SVG: one unit square a dark module, inside a quiet zone of 4
        String text = Files.readString(svg);
        String box = text.substring(text.indexOf("viewBox=\"") + 9);
        int side = Integer.parseInt(box.split(" ")[2]) - 2 * QrCode.IMAGE_QUIET_ZONE;
        BitMatrix modules = new BitMatrix(side);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(text);
        while (m.find()) modules.set(Integer.parseInt(m.group(1)) - 4, Integer.parseInt(m.group(2)) - 4);
        assertEquals(fromPng, new Decoder().decode(modules).getText());
    }

    @Test
    void qrFilesNeedAnImageNameAndAWritableFolder() {
        Result gif = CliRun.run("embassy", "us", "--qr=x.gif");
        assertEquals(2, gif.exit());
        assertTrue(gif.err().contains("must end in .png or .svg"), gif.err());
        Result missing = CliRun.run("embassy", "us", "--qr=/no/such/folder/x.png");
        assertEquals(74, missing.exit());
        assertEquals("consular: cannot write /no/such/folder/x.png: no such folder\n", missing.err());
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
