package dev.consular.hardening;

import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.app.TerminalInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input of every kind: each case must end with its exit code, at most one line on stderr
 * (exactly one when it fails), no stack trace, and no escape sequence on either stream.
 */
class HostileInputTest {
    @TempDir
    static Path tmp;

    private static final String GOOD_DE = """
            {"code": "DE", "name": {"en": "Germany"}, "representation": {"type": "resident", "sources": []},
             "missions": [{"id": "de-embassy-moscow", "kind": "embassy", "city": "Moscow",
                           "status": {"state": "open"}, "sources": [{"url": "https://example.org", "accessed": "2026-01-01", "fields": ["kind"]}]}]}
            """;

    /** A data directory holding meta.json and one countries/de.json with this text. */
    private static String dataDir(String name, String deJson) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("countries"));
        Files.writeString(dir.resolve("meta.json"), "{\"asOf\": \"2026-11-28\", \"license\": \"x\", \"attribution\": \"x\"}");
        Files.deleteIfExists(dir.resolve("countries/de.json")); // the cases are built more than once: it may be a FIFO
        Files.writeString(dir.resolve("countries/de.json"), deJson);
        return dir.toString();
    }

    private static String replaceInGood(String from, String to) {
        assertTrue(GOOD_DE.contains(from), from);
        return GOOD_DE.replace(from, to);
    }

    static List<Arguments> cases() throws Exception {
        List<Arguments> c = new ArrayList<>();
        // queries
        c.add(args("empty query", 2, "", "embassy", ""));
        c.add(args("blank query", 2, "", "embassy", "   "));
        c.add(args("tab query", 2, "", "embassy", "\t"));
        c.add(args("1 MB query", 1, "", "embassy", "a".repeat(1_000_000)));
        c.add(args("NUL inside a name", 1, "", "embassy", "ger\u0000many"));
        c.add(args("escape sequence in a query", 1, "", "embassy", "\u001b[31mgermany\u001b[0m"));
        c.add(args("OSC sequence in a query", 1, "", "embassy", "\u001b]0;owned\u0007"));
        c.add(args("right-to-left override", 0, "", "embassy", "\u202egermany"));
        c.add(args("zero-width space", 0, "", "embassy", "ger\u200bmany"));
        c.add(args("direction marks", 0, "", "embassy", "\u200f\u200eGermany"));
        c.add(args("flag emoji", 0, "", "embassy", "🇩🇪"));
        c.add(args("another flag emoji", 0, "", "embassy", "🇺🇸"));
        c.add(args("host country's flag", 1, "", "embassy", "🇷🇺"));
        c.add(args("flag of no country", 1, "", "embassy", "🇽🇽"));
        c.add(args("rainbow flag", 1, "", "embassy", "🏳️‍🌈"));
        c.add(args("newline inside an argument", 1, "", "embassy", "germany\nfrance"));
        c.add(args("fullwidth letters", 0, "", "embassy", "ＧＥＲＭＡＮＹ"));
        c.add(args("stray accents", 0, "", "embassy", "Gérmány"));
        c.add(args("SQL injection", 1, "", "embassy", "'; DROP TABLE countries;--"));
        c.add(args("shell substitution", 1, "", "embassy", "$(rm -rf /)"));
        c.add(args("format string", 1, "", "embassy", "%s%n%x%d"));
        c.add(args("path traversal", 1, "", "embassy", "../../etc/passwd"));
        c.add(args("data file name", 1, "", "embassy", "../countries/de.json"));
        c.add(args("null", 1, "", "embassy", "null"));
        c.add(args("option-like query after --", 1, "", "embassy", "--", "-x"));
        c.add(args("300 Cyrillic letters", 1, "", "embassy", "Ж".repeat(300)));
        c.add(args("replacement character", 1, "", "embassy", "\uFFFD"));
        c.add(args("lone surrogate", 1, "", "embassy", "\uD800"));
        c.add(args("ambiguous", 3, "", "embassy", "congo"));
        c.add(args("control characters only", 1, "", "embassy", "\u0001\u0002\u0003"));
        // options
        c.add(args("unknown option", 2, "", "embassy", "germany", "--frobnicate"));
        c.add(args("unknown format", 2, "", "embassy", "germany", "--format", "xml"));
        c.add(args("format without value", 2, "", "embassy", "germany", "--format"));
        c.add(args("bad colour mode", 2, "", "embassy", "germany", "--color=sometimes"));
        c.add(args("unknown kind", 2, "", "embassy", "germany", "--kind", "castle"));
        c.add(args("unknown field", 2, "", "embassy", "germany", "--fields", "nope"));
        c.add(args("empty place", 2, "", "embassy", "germany", "--near", ""));
        c.add(args("1 MB place", 1, "", "embassy", "germany", "--near", "x".repeat(1_000_000)));
        c.add(args("negative radius", 2, "", "near", "Kazan", "--within", "-5"));
        c.add(args("radius not a number", 2, "", "near", "Kazan", "--within", "abc"));
        c.add(args("no country", 2, "", "embassy"));
        c.add(args("misspelt command", 2, "", "embasy", "germany"));
        c.add(args("news show without id", 2, "", "news", "show"));
        c.add(args("unknown shell", 2, "", "completion", "tcsh"));
        c.add(args("--from without value", 2, "", "advisory", "--from"));
        c.add(args("--data without value", 2, "", "--data"));
        c.add(args("escape sequence in an option value", 2, "", "embassy", "de", "--format", "\u001b[2J"));
        // data directories
        c.add(args("missing data directory", 65, "", "--data", "/nonexistent/consular", "embassy", "de"));
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        c.add(args("data path is a file", 65, "", "--data", file.toString(), "embassy", "de"));
        c.add(args("malformed JSON", 65, "", "--data", dataDir("malformed", "{\n \"code\": \"DE\",\n oops\n}"), "embassy", "de"));
        c.add(args("empty file", 65, "", "--data", dataDir("empty", ""), "embassy", "de"));
        c.add(args("array instead of object", 65, "", "--data", dataDir("array", "[1, 2]"), "embassy", "de"));
        c.add(args("garbage after the JSON", 65, "", "--data", dataDir("trailing", GOOD_DE + " }"), "embassy", "de"));
        c.add(args("duplicate key", 65, "", "--data", dataDir("dupkey", replaceInGood("\"code\": \"DE\",", "\"code\": \"DE\", \"code\": \"DE\",")), "embassy", "de"));
        c.add(args("deeply nested JSON", 65, "", "--data", dataDir("deep", "[".repeat(5000) + "]".repeat(5000)), "embassy", "de"));
        c.add(args("number for a string", 65, "", "--data", dataDir("type", replaceInGood("\"city\": \"Moscow\"", "\"city\": 5")), "embassy", "de"));
        c.add(args("unknown field in data", 65, "", "--data", dataDir("unknown", replaceInGood("\"city\": \"Moscow\",", "\"city\": \"Moscow\", \"colour\": \"red\",")), "embassy", "de"));
        c.add(args("missing required field", 65, "", "--data", dataDir("missing", replaceInGood("\"city\": \"Moscow\",", "")), "embassy", "de"));
        c.add(args("duplicate mission ids", 65, "", "--data", dataDir("dupid", GOOD_DE.replace("\"missions\": [{", "\"missions\": [{\"id\": \"de-embassy-moscow\", \"kind\": \"embassy\", \"city\": \"Moscow\", \"status\": {\"state\": \"open\"}, \"sources\": []}, {")), "embassy", "de"));
        c.add(args("escape sequence in data", 65, "", "--data", dataDir("esc", replaceInGood("\"Germany\"", "\"Germany\\u001b[2J\"")), "embassy", "de"));
        c.add(args("bad phone in data", 65, "", "--data", dataDir("phone", replaceInGood("\"city\": \"Moscow\",", "\"city\": \"Moscow\", \"phones\": [{\"number\": \"12345\", \"type\": \"main\"}],")), "embassy", "de"));
        c.add(args("unknown state in data", 65, "", "--data", dataDir("state", replaceInGood("\"open\"", "\"maybe\"")), "embassy", "de"));
        c.add(args("unknown kind in data", 65, "", "--data", dataDir("kind", replaceInGood("\"kind\": \"embassy\"", "\"kind\": \"palace\"")), "embassy", "de"));
        c.add(args("wrong code in file", 65, "", "--data", dataDir("code", replaceInGood("\"code\": \"DE\"", "\"code\": \"FR\"").replace("de-embassy", "fr-embassy")), "embassy", "de"));
        c.add(args("text for a number", 65, "", "--data", dataDir("geo", replaceInGood("\"city\": \"Moscow\",", "\"city\": \"Moscow\", \"geo\": {\"lat\": \"x\", \"lon\": 1},")), "embassy", "de"));
        c.add(args("valid minimal data", 0, "", "--data", dataDir("good", GOOD_DE), "embassy", "de"));
        // folders that are not data folders, files that are not files
        Path empty = Files.createDirectories(tmp.resolve("empty-folder"));
        c.add(args("empty data folder", 65, "", "--data", empty.toString(), "embassy", "de"));
        c.add(args("countries from an empty data folder", 65, "", "--data", empty.toString(), "countries"));
        c.add(args("source folder as data", 65, "", "--data", "src", "embassy", "de"));
        c.add(args("root as data", 65, "", "--data", "/", "embassy", "de"));
        c.add(args("data folder named data", 0, "", "--data", "data", "embassy", "kz"));
        String fifo = dataDir("fifo", GOOD_DE);
        Files.delete(Path.of(fifo, "countries/de.json"));
        assertEquals(0, new ProcessBuilder("mkfifo", fifo + "/countries/de.json").start().waitFor());
        c.add(args("FIFO for a data file", 65, "", "--data", fifo, "embassy", "de"));
        String device = dataDir("device", GOOD_DE);
        Files.delete(Path.of(device, "countries/de.json"));
        Files.createSymbolicLink(Path.of(device, "countries/de.json"), Path.of("/dev/zero"));
        c.add(args("device for a data file", 65, "", "--data", device, "embassy", "de"));
        c.add(args("escape sequence in the data path", 65, "", "--data", tmp.resolve("\u001b]0;owned\u0007").toString(), "embassy", "de"));
        // values checked when the file is read
        String geo = "\"city\": \"Moscow\",";
        c.add(args("latitude beyond a double", 65, "", "--data", dataDir("lat-inf", replaceInGood(geo, geo + " \"geo\": {\"lat\": 1e400, \"lon\": 37.5},")), "embassy", "de", "--json"));
        c.add(args("latitude out of range", 65, "", "--data", dataDir("lat-999", replaceInGood(geo, geo + " \"geo\": {\"lat\": 999, \"lon\": 37.5},")), "embassy", "de"));
        c.add(args("longitude out of range", 65, "", "--data", dataDir("lon-neg", replaceInGood(geo, geo + " \"geo\": {\"lat\": 55.7, \"lon\": -500},")), "embassy", "de"));
        c.add(args("unknown fact named by a source", 65, "", "--data", dataDir("fact", replaceInGood("\"fields\": [\"kind\"]", "\"fields\": [\"colour\"]")), "embassy", "de"));
        c.add(args("unknown confidence", 65, "", "--data", dataDir("confidence", replaceInGood("\"fields\": [\"kind\"]", "\"fields\": [\"kind\"], \"confidence\": \"total\"")), "embassy", "de"));
        c.add(args("unknown fact in a gap", 65, "", "--data", dataDir("gap", replaceInGood(geo, geo + " \"gaps\": [{\"fields\": [\"colour\"], \"searched\": \"2026-01-01\"}],")), "embassy", "de"));
        c.add(args("unknown phone type", 65, "", "--data", dataDir("phone-type", replaceInGood(geo, geo + " \"phones\": [{\"number\": \"+74951234567\", \"type\": \"pager\"}],")), "embassy", "de"));
        c.add(args("unknown representation", 65, "", "--data", dataDir("repr", replaceInGood("\"type\": \"resident\"", "\"type\": \"friendly\"")), "embassy", "de"));
        c.add(args("escape sequence in a field name", 65, "", "--data", dataDir("esc-key", replaceInGood(geo, geo + " \"\\u001b]0;owned\\u0007\": 1,")), "embassy", "de"));
        c.add(args("100 KB field name", 65, "", "--data", dataDir("long-key", replaceInGood(geo, geo + " \"" + "k".repeat(100_000) + "\": 1,")), "embassy", "de"));
        c.add(args("100 KB token", 65, "", "--data", dataDir("long-token", replaceInGood("\"Moscow\"", "t".repeat(100_000))), "embassy", "de"));
        c.add(args("100 KB place", 1, "", "near", "x".repeat(100_000)));
        c.add(args("100 KB article id", 1, "", "news", "show", "\u001b[2J" + "n".repeat(100_000)));
        // option values
        c.add(args("unknown representation option", 2, "", "countries", "--representation", "bogus"));
        c.add(args("representation in capitals", 0, "", "countries", "--representation", "SEVERED"));
        c.add(args("radius NaN", 2, "", "near", "Kazan", "--within", "NaN"));
        c.add(args("radius Infinity", 2, "", "near", "Kazan", "--within", "Infinity"));
        c.add(args("kind in capitals", 0, "", "embassy", "germany", "--kind", "EMBASSY"));
        // standard input
        c.add(args("empty stdin", 0, "", "embassy", "-"));
        c.add(args("invalid UTF-8 on stdin", 1, "\u00ff\u00fe\u0000germany", "embassy", "-").withBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 'x', '\n'}));
        c.add(args("NULs on stdin", 1, "\u0000\u0000\u0000\n", "embassy", "-"));
        c.add(args("CRLF lines", 0, "germany\r\nfrance\r\n", "embassy", "-"));
        c.add(args("1 MB line on stdin", 1, "b".repeat(1_000_000) + "\n", "embassy", "-"));
        c.add(args("5000 blank lines", 0, "\n".repeat(5000), "embassy", "-"));
        c.add(args("escape sequences on stdin", 1, "\u001b[2J\u001b[31m\n", "embassy", "-", "--json"));
        return c;
    }

    /** One case: a name, the exit code it must end with, standard input and arguments. */
    record Case(String name, int exit, byte[] stdin, String[] args) {
        Arguments withBytes(byte[] bytes) {
            return Arguments.of(new Case(name, exit, bytes, args));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static CaseArguments args(String name, int exit, String stdin, String... args) {
        return new CaseArguments(new Case(name, exit, stdin.getBytes(StandardCharsets.UTF_8), args));
    }

    /** Lets a case swap its standard input for raw bytes. */
    record CaseArguments(Case c) implements Arguments {
        @Override
        public Object[] get() {
            return new Object[] {c};
        }

        Arguments withBytes(byte[] bytes) {
            return c.withBytes(bytes);
        }
    }

    @BeforeAll
    static void enough() throws Exception {
        assertTrue(cases().size() >= 60, "hostile cases: " + cases().size());
    }

    static Stream<Arguments> corpus() throws Exception {
        return cases().stream();
    }

    @Test
    void aFolderThatIsNotADataFolderSaysWhatIsMissing() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
        assertEquals("consular: invalid data: " + empty + ": not a consular data folder: it has no meta.json and no countries folder\n",
                CliRun.run("--data", empty.toString(), "countries").err());
        Files.createDirectories(empty.resolve("countries"));
        assertEquals("consular: invalid data: " + empty + ": not a consular data folder: it has no meta.json\n",
                CliRun.run("--data", empty.toString(), "embassy", "de").err());
    }

    @Test
    void aFifoInPlaceOfADataFileIsNotAwaited() throws Exception {
        String dir = dataDir("fifo-message", GOOD_DE);
        Path de = Path.of(dir, "countries/de.json");
        Files.delete(de);
        assertEquals(0, new ProcessBuilder("mkfifo", de.toString()).start().waitFor());
        Result r = CliRun.run("--data", dir, "embassy", "germany");
        assertEquals("consular: invalid data: " + de + ": not a regular file\n", r.err());
        assertEquals(65, r.exit());
    }

    @Test
    void aFileThatMayNotBeReadNamesTheCauseOnce() {
        Path file = tmp.resolve("locked/countries/de.json");
        dev.consular.data.Dataset data = new dev.consular.data.Dataset(new dev.consular.data.DataSource() {
            @Override
            public java.io.InputStream open(String path) throws IOException {
                throw new java.nio.file.AccessDeniedException(describe(path));
            }

            @Override
            public String describe(String path) {
                return tmp.resolve("locked").resolve(path).toString();
            }
        });
        dev.consular.data.DataException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.consular.data.DataException.class, () -> data.country("DE"));
        assertEquals(file + ": permission denied", e.getMessage());
    }

    @Test
    void coordinatesOutOfRangeAreReportedWithTheirPointer() throws IOException {
        String geo = "\"city\": \"Moscow\",";
        Result r = CliRun.run("--data", dataDir("lat-message", replaceInGood(geo, geo + " \"geo\": {\"lat\": 1e400, \"lon\": 37.5},")),
                "embassy", "de", "--json");
        assertTrue(r.out().isBlank(), "nothing half-written: " + r.out());
        assertTrue(r.err().contains("countries/de.json: at /missions/0/geo/lat: the number is out of range: expected 41 to 82"), r.err());
        r = CliRun.run("--data", dataDir("lat-message-999", replaceInGood(geo, geo + " \"geo\": {\"lat\": 999, \"lon\": 37.5},")),
                "embassy", "de");
        assertTrue(r.err().contains("at /missions/0/geo/lat: 999 is out of range: expected 41 to 82"), r.err());
    }

    @Test
    void formulasFromTheDataAreNeutralisedInTsvAsInCsvButPhonesAreNot() throws IOException {
        String geo = "\"city\": \"Moscow\",";
        String dir = dataDir("formula", replaceInGood(geo, geo + " \"name\": {\"en\": \"=HYPERLINK(\\\"https://x.example\\\")\"},"
                + " \"hours\": \"@SUM(A1)\", \"phones\": [{\"number\": \"+74951234567\", \"type\": \"consular\"},"
                + " {\"number\": \"+74951234568\", \"type\": \"main\"}],"));
        for (String format : List.of("tsv", "csv")) {
            Result r = CliRun.run("--data", dir, "embassy", "de", "--format", format, "--fields", "name,hours,phones");
            assertEquals(0, r.exit(), r.toString());
            String sep = format.equals("tsv") ? "\t" : ",";
            String name = format.equals("tsv") ? "'=HYPERLINK(\"https://x.example\")" : "\"'=HYPERLINK(\"\"https://x.example\"\")\"";
            assertEquals("name" + sep + "hours" + sep + "phones", r.out().lines().findFirst().orElseThrow());
            assertEquals(name + sep + "'@SUM(A1)" + sep + "+74951234567 (consular); +74951234568", r.out().lines().skip(1).findFirst().orElseThrow(), format);
        }
    }

    @Test
    void colourBeforeTheCountryDoesNotTakeIt() {
        Result r = CliRun.run("embassy", "--color", "germany");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("\u001b[") && r.out().contains("Germany (DE)"), r.out());
        assertEquals(CliRun.run("embassy", "--color=never", "germany").out(), CliRun.run("embassy", "--color", "never", "germany").out());
    }

    @Test
    void unknownRepresentationListsTheValues() {
        Result r = CliRun.run("countries", "--representation", "bogus");
        assertEquals("consular: Invalid value for option '--representation': unknown representation 'bogus'; "
                + "one of: resident, non-resident, interests-section, none, severed (see 'consular countries --help')\n", r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsCleanly(Case c) {
        Result r = CliRun.withInput(c.stdin(), TerminalInfo.pipe(), c.args());
        assertEquals(c.exit(), r.exit(), r.toString());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "stack trace: " + r.err());
        assertFalse(r.err().contains("\u001b") || r.out().contains("\u001b"), "escape sequence reached the terminal");
        long errLines = r.err().lines().count();
        if (c.exit() == 0) {
            assertTrue(errLines <= 1, r.err());
        } else if (!Arrays.asList(c.args()).contains("-")) {
            assertEquals(1, errLines, "one line on stderr: " + r.err());
            assertTrue(r.err().startsWith("consular: "), r.err());
        }
        if (c.exit() == 65) assertTrue(r.err().startsWith("consular: invalid data: "), r.err());
        assertTrue(r.err().length() < 1000, "a long value is cut in messages: " + r.err().length() + " characters");
    }
}
