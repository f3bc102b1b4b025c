package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "csv"})
    void advisoryMatchesItsGoldenFile(String format) {
        Result r = CliRun.onTestData("advisory", "--format", format);
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("advisory." + format, r.out());
    }

    @Test
    void longTextGoesThroughThePagerOnlyOnATerminalAndWhenItDoesNotFit() throws Exception {
        Path paged = Files.createTempFile("consular-pager", ".txt");
        TerminalInfo smallScreen = new TerminalInfo(true, 80, 10, true, false, "cat > " + paged);
        Result r = CliRun.withInput(new byte[0], smallScreen, "advisory");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(Files.readString(paged).contains("Emergency numbers in Russia"));
        Files.writeString(paged, "");
        Result noPager = CliRun.withInput(new byte[0], smallScreen, "news", "--no-pager");
        assertTrue(noPager.out().contains("Lavrov"), noPager.toString());
        assertEquals("", Files.readString(paged));
        TerminalInfo bigScreen = new TerminalInfo(true, 80, 500, true, false, "cat > " + paged);
        assertTrue(CliRun.withInput(new byte[0], bigScreen, "advisory").out().contains("Emergency numbers"));
        assertEquals("", Files.readString(paged));
    }

    /** The shipped advisory, not the test data's: its "Good to know" is what a foreigner in Russia reads first. */
    @Test
    void theShippedAdvisoryMatchesItsGoldenFile() throws Exception {
        Result r = CliRun.run("advisory");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("advisory-shipped.text", r.out());
        JsonNode guidance = JSON.readTree(CliRun.run("advisory", "--json").out()).path("guidance");
        assertTrue(guidance.size() >= 8, guidance.size() + " items");
        for (JsonNode item : guidance) {
            assertFalse(item.path("sources").isEmpty(), item.toString());
            for (JsonNode source : item.path("sources")) {
                assertTrue(source.hasNonNull("date") || source.hasNonNull("accessed"), "undated source: " + source);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embassy germany", "embassy germany --open", "countries --json", "near Moscow", "--help"})
    void everyCommandPagesOnATerminalWhenItsOutputDoesNotFit(String command) throws Exception {
        Path paged = Files.createTempFile("consular-pager", ".txt");
        TerminalInfo smallScreen = new TerminalInfo(true, 80, 24, true, false, "cat > " + paged);
        Result r = CliRun.withInput(new byte[0], smallScreen, command.split(" "));
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(CliRun.run(command.split(" ")).out(), Files.readString(paged));
    }

    @Test
    void queriesFromStandardInputAreNotPagedSoThatEachAnswerAppearsAtOnce() throws Exception {
        Path paged = Files.createTempFile("consular-pager", ".txt");
        TerminalInfo smallScreen = new TerminalInfo(true, 80, 5, true, false, "cat > " + paged);
        Result r = CliRun.withInput("germany\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), smallScreen, "embassy", "-");
        assertTrue(r.out().startsWith("Germany (DE)"), r.toString());
        assertEquals("", Files.readString(paged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "no-such-pager-anywhere"})
    void aPagerThatFailsDoesNotHideTheOutput(String pager) {
        TerminalInfo smallScreen = new TerminalInfo(true, 80, 10, true, false, pager);
        Result r = CliRun.withInput(new byte[0], smallScreen, "advisory");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(CliRun.run("advisory").out(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("consular: the pager \"" + pager + "\" exited with status "), r.err());
        assertTrue(r.err().endsWith("; printing without it\n"), r.err());
    }

    @Test
    void consularPagerComesBeforePagerAndAnEmptyOneMeansNone() {
        assertEquals("most", TerminalInfo.pager(java.util.Map.of("CONSULAR_PAGER", "most", "PAGER", "more")));
        assertEquals("more", TerminalInfo.pager(java.util.Map.of("PAGER", "more")));
        assertEquals("less -FRX", TerminalInfo.pager(java.util.Map.of()));
        TerminalInfo none = new TerminalInfo(true, 80, 5, true, false, "");
        assertTrue(CliRun.withInput(new byte[0], none, "advisory").out().contains("Emergency numbers"));
    }

    @Test
    void advisoryJsonCarriesTheNoticeAndTheEmergencyNumbers() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run("advisory", "--json").out());
        assertTrue(a.path("notice").asText().startsWith("Russia is currently at war in Ukraine."));
        assertEquals("112", a.path("emergencyNumbers").get(0).path("number").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "de"})
    void advisoryFromOneGovernmentMatchesItsGoldenFile(String government) {
        Result r = CliRun.onTestData("advisory", "--from", government);
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("advisory-from-" + government + ".text", r.out());
    }

    @Test
    void advisoryForAllGovernmentsAsCsvIsSortedStrictestFirst() throws Exception {
        Result r = CliRun.onTestData("advisory", "--all", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("advisory-all.csv", r.out());
        JsonNode all = JSON.readTree(CliRun.onTestData("advisory", "--all", "--json").out());
        int previous = 4;
        for (JsonNode a : all) {
            assertTrue(a.path("level").asInt() <= previous, all.toPrettyString());
            previous = a.path("level").asInt();
        }
        assertTrue(all.size() >= 25, "governments: " + all.size());
    }

    @Test
    void advisoryFromAGovernmentWithoutAdviceOrAnUnknownNameFails() {
        Result none = CliRun.onTestData("advisory", "--from", "Tuvalu");
        assertEquals(1, none.exit(), none.toString());
        assertTrue(none.err().contains("no travel advice from the government of Tuvalu"), none.err());
        assertEquals(3, CliRun.onTestData("advisory", "--from", "congo").exit());
        assertEquals(2, CliRun.onTestData("advisory", "--from", "us", "--all").exit());
    }

    @Test
    void aLookupCarriesItsGovernmentsAdviceInOneLine() throws Exception {
        assertTrue(CliRun.onTestData("embassy", "de").out().contains("Travel advice of Germany: "));
        JsonNode de = JSON.readTree(CliRun.onTestData("embassy", "de", "--json").out());
        assertEquals(4, de.path("travelAdvice").path("level").asInt());
        assertTrue(de.path("travelAdvice").has("possiblyStale"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "tsv"})
    void newsPrintsTheArchivedArticle(String format) {
        Result r = CliRun.onTestData("news", "--format", format);
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("news." + format, r.out());
    }

    @Test
    void newsShowFindsTheArticleByIdAndRejectsAnUnknownOne() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run("news", "show", "syria-2012-06-22", "--json").out());
        assertEquals("Russia wants ‘much more’ from Syria for peace", a.path("title").asText());
        assertEquals("2012-06-22", a.path("published").asText());
        Result missing = CliRun.run("news", "show", "nope");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article with id \"nope\""), missing.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "csv", "jsonl"})
    void countriesOfTheTestDataMatchTheGoldenFile(String format) {
        Result r = CliRun.onTestData("countries", "--format", format);
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("countries." + format, r.out());
    }

    @Test
    void countriesListsEveryUnMemberButRussia() throws Exception {
        JsonNode all = JSON.readTree(CliRun.run("countries", "--json").out());
        assertTrue(all.size() >= 199, "countries: " + all.size());
    }

    @Test
    void dataReportOfTheTestDataMatchesTheGoldenFile() {
        Result r = CliRun.onTestData("data", "report");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("data-report.text", r.out());
    }

    @Test
    void versionNamesTheToolAndTheDataDate() {
        Result r = CliRun.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("(?s)consular \\S+ \\(data as of \\d{4}-\\d{2}-\\d{2}\\)\n.*"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"embassy", "countries", "advisory", "news", "news show", "data report", "near", "shell", "completion"})
    void everyCommandHasTheHelpItsErrorMessagesPointTo(String command) {
        String[] words = (command + " --help").split(" ");
        Result r = CliRun.run(words);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Usage: consular " + command), r.out());
    }

    @Test
    void aMistypedCommandOrOptionIsAUsageErrorThatSuggestsTheRightOne() {
        Result command = CliRun.run("embasy", "germany");
        assertEquals(2, command.exit(), command.toString());
        assertEquals("consular: Unknown command: 'embasy'. Did you mean: embassy? (see 'consular --help')\n", command.err());
        Result option = CliRun.run("embassy", "germany", "--jsn");
        assertEquals(2, option.exit(), option.toString());
        assertEquals("consular: Unknown option: '--jsn'. Did you mean: --json? (see 'consular embassy --help')\n", option.err());
        assertEquals("consular: Unknown command: 'reprot'. Did you mean: report? (see 'consular data --help')\n",
                CliRun.run("data", "reprot").err());
        assertEquals("consular: Unknown command: 'xyzzy' (see 'consular --help')\n", CliRun.run("xyzzy").err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "embassy", "countries", "advisory", "news", "news show", "data", "data report", "near",
            "shell", "completion", "help"})
    void everyHelpShowsExamplesAndTheFullListOfExitCodes(String command) {
        String[] words = (command + " --help").strip().split(" ");
        Result r = CliRun.run(words);
        assertEquals(0, r.exit(), r.toString());
        String exitCodes = "\nExit codes:\n"
                + "    0   found (in a batch: every query)\n"
                + "    1   no country (or place) matches\n"
                + "    2   usage error: unknown command or option, missing or empty argument\n"
                + "    3   ambiguous: several countries (or places) match\n"
                + "   65   invalid data (a data file or folder, or a data bundle)\n"
                + "   69   a data source is unavailable (data update)\n"
                + "   70   internal error\n"
                + "   74   output could not be written (full disk, closed output)\n"
                + "  130   interrupted (Ctrl-C)\n";
        assertTrue(r.out().endsWith(exitCodes), r.out());
        if (!command.equals("help")) assertTrue(r.out().contains("\nExamples:\n  "), r.out());
    }

    /** The examples in --help are commands that work: each plain one is run and must find what it shows. */
    @Test
    void theExamplesInEveryHelpRun() {
        java.util.List<String> examples = new java.util.ArrayList<>();
        collectExamples(Cli.commandLine(new App(new java.io.ByteArrayInputStream(new byte[0]), TerminalInfo.pipe()),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter())), examples);
        assertTrue(examples.size() >= 20, examples.toString());
        int ran = 0;
        for (String example : examples) {
            String command = example.strip().split(" {2,}")[0];
            if (!command.startsWith("consular ") || command.contains(">") || command.contains("|") || command.contains("shell")) continue;
            java.util.List<String> args = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.substring(9));
            while (m.find()) args.add(m.group(1) != null ? m.group(1) : m.group(2));
            Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), example + "\n" + r);
            assertFalse(r.out().isEmpty(), example);
            ran++;
        }
        assertTrue(ran >= 15, "examples run: " + ran);
    }

    private static void collectExamples(picocli.CommandLine cl, java.util.List<String> into) {
        into.addAll(java.util.List.of(cl.getCommandSpec().usageMessage().footer()));
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals(e.getValue().getCommandName())) collectExamples(e.getValue(), into);
        }
    }

    @Test
    void theManPagesShowTheSameExamplesAndExitCodes() throws Exception {
        String page = Files.readString(Path.of("target/generated-docs/consular-embassy.adoc"));
        assertTrue(page.contains("*74*::\n  output could not be written (full disk, closed output)"), page);
        assertTrue(page.contains("consular embassy india --near Казань   the office that serves Kazan"), page);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
        Result r = CliRun.run("embassy", "germany", "--frobnicate");
        assertEquals(2, r.exit());
        assertEquals("consular: Unknown option: '--frobnicate' (see 'consular embassy --help')\n", r.err());
    }

    @Test
    void aMissingDataDirectoryIsADataError() {
        Result r = CliRun.run("--data", "/nonexistent/dir", "embassy", "germany");
        assertEquals(65, r.exit(), r.toString());
        assertEquals("consular: invalid data: /nonexistent/dir: not a directory\n", r.err());
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() throws Exception {
        Path dir = Files.createTempDirectory("consular-bad");
        Files.createDirectories(dir.resolve("countries"));
        Files.writeString(dir.resolve("meta.json"), "{\"asOf\": \"2026-01-01\"}");
        Files.writeString(dir.resolve("countries/de.json"), "{\n  \"code\": \"DE\",\n  oops\n}\n");
        Result r = CliRun.run("--data", dir.toString(), "embassy", "germany");
        assertEquals(65, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: invalid data: " + dir.resolve("countries/de.json") + ":3:3: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aDataDateThatIsNoDateIsADataError() throws Exception {
        Path dir = Files.createTempDirectory("consular-date");
        Files.createDirectories(dir.resolve("countries"));
        Files.copy(Path.of("data/countries/de.json"), dir.resolve("countries/de.json"));
        for (String asOf : List.of("2026-02-30", "28.11.2026", "2026-11-28 ")) {
            Files.writeString(dir.resolve("meta.json"), "{\"asOf\": \"" + asOf + "\"}");
            Result r = CliRun.run("--data", dir.toString(), "embassy", "germany");
            assertEquals(65, r.exit(), r.toString());
            assertEquals("consular: invalid data: " + dir.resolve("meta.json") + ": at /asOf: \"" + asOf
                    + "\" is not a date (yyyy-mm-dd)\n", r.err());
        }
    }

    @Test
    void pipedStdinIsReadAsQueriesEvenWhenStdoutIsATerminal() {
        TerminalInfo screen = new TerminalInfo(true, 80, 24, true, false, null);
        for (String[] args : List.of(new String[0], new String[] {"shell"})) {
            Result r = CliRun.withInput("grmany\nfrance\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), screen, args);
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.out().startsWith("France (FR)"), r.toString());
            assertEquals("consular: no country matches \"grmany\". Did you mean: Germany (DE), Ghana (GH)?\n", r.err());
        }
    }

    @Test
    void withoutArgumentsAndWithoutATerminalStdinIsReadAsQueries() {
        Result r = CliRun.withInput("germany\n");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Germany (DE) · Германия\n"), r.toString());
    }
}
