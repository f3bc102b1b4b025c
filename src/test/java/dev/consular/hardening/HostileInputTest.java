package dev.consular.hardening;

import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.cli.TerminalInfo;
import org.junit.jupiter.api.BeforeAll;
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
        Files.writeString(dir.resolve("meta.json"), "{\"asOf\": \"2026-01-01\", \"license\": \"x\", \"attribution\": \"x\"}");
        Files.writeString(dir.resolve("countries/de.json"), deJson);
        return dir.toString();
    }

    private static String replaceInGood(String from, String to) {
        assertTrue(GOOD_DE.contains(from), from);
        return GOOD_DE.replace(from, to);
    }

    static List<Arguments> cases() throws IOException {
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
    static void enough() throws IOException {
        assertTrue(cases().size() >= 60, "hostile cases: " + cases().size());
    }

    static Stream<Arguments> corpus() throws IOException {
        return cases().stream();
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
    }
}
