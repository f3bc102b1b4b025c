package dev.consular.cli;

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
        Files.writeString(dir.resolve("countries/de.json"), "{\n  \"code\": \"DE\",\n  oops\n}\n");
        Result r = CliRun.run("--data", dir.toString(), "embassy", "germany");
        assertEquals(65, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: invalid data: " + dir.resolve("countries/de.json") + ":3:3: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void withoutArgumentsAndWithoutATerminalStdinIsReadAsQueries() {
        Result r = CliRun.withInput("germany\n");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Germany (DE) · Германия\n"), r.toString());
    }
}
