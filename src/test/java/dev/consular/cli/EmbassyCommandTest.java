package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbassyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "jsonl", "csv", "tsv"})
    void germanyInEveryFormatMatchesItsGoldenFile(String format) {
        Result r = CliRun.onTestData("embassy", "germany", "--format", format);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), r.toString());
        Golden.assertMatches("embassy-de." + format, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"georgia", "botswana", "ukraine"})
    void countriesWithoutAnOpenMissionSayWhatApplies(String country) {
        Result r = CliRun.onTestData("embassy", country);
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("embassy-" + country + ".text", r.out());
    }

    @Test
    void aCardPutsPhonesAndAddressFirstAndTheClosedOfficesAfterTheOpenOnesInOneLineEach() {
        String card = CliRun.onTestData("embassy", "germany").out();
        List<String> lines = card.lines().toList();
        int embassy = lines.indexOf("Embassy in Moscow  [OPEN]");
        assertEquals("  Phone     +7 495 933-43-11  consular (2020)  urgent consular matters; Mon-Thu", lines.get(embassy + 1));
        assertEquals("  Address   uliza Mosfilmowskaja 56", lines.get(embassy + 3));
        assertTrue(card.contains("\nClosed (--all shows each in full)\n"
                + "  Consulate-General in Kaliningrad: closed since 2023-11-30; go to\n"
                + "    Consulate-General in Saint Petersburg\n"), card);
        assertTrue(card.indexOf("[OPEN]", card.indexOf("Closed (")) < 0, "no open office after the closed ones:\n" + card);
        assertTrue(card.contains("  Sources   4 pages, newest 2023-11-30; --sources lists them\n"), card);
        assertFalse(card.contains("wikidata"), card);
    }

    @Test
    void allAndSourcesShowEveryOfficeInFullWithEverySource() {
        Result r = CliRun.onTestData("embassy", "germany", "--all", "--sources");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("embassy-de-all-sources.text", r.out());
        assertTrue(r.out().contains("Consulate-General in Kaliningrad  [CLOSED since 2023-11-30]\n"), r.out());
        assertEquals(r.out(), CliRun.onTestData("embassy", "germany", "--verbose", "--sources").out());
    }

    @Test
    void theCardShowsWhenAPhoneWasPublishedEmergencyLinesWeakSourcesMovesAndWhatWasNotFound() {
        Result r = CliRun.onTestData("embassy", "india");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("embassy-india.text", r.out());
        assertTrue(r.out().contains("\n  Emergency +7 911 177-22-81  emergency line (2025)  for Indian nationals only\n"), r.out());
        assertTrue(r.out().contains("\n  Phone     not found in public sources (searched 2026-11-28)\n"
                + "  Address   not found in public sources (searched 2026-11-28)\n"), r.out());
        assertTrue(r.out().contains("\n  Moved     since 2024-03; no longer at Владивосток, ул. Фонтанная, 1"), r.out());
        assertTrue(r.out().contains("1 weak; --sources lists them"), r.out());
        String sources = CliRun.onTestData("embassy", "india", "--sources").out();
        assertTrue(sources.contains("https://readli.net/chitat-online/?b=944367&pg=2 (read 2026-11-28) (weak source)\n"), sources);
    }

    @Test
    void jsonCarriesPublishedConfidenceMovesAndGaps() throws Exception {
        Result r = CliRun.onTestData("embassy", "india", "--json");
        assertEquals(0, r.exit(), r.toString());
        Golden.assertMatches("embassy-india.json", r.out());
        JsonNode missions = JSON.readTree(r.out()).path("missions");
        JsonNode kazan = missions.get(1);
        assertEquals("in-consulate-general-kazan", kazan.path("id").asText());
        assertEquals("[\"phones\",\"address\",\"emails\"]", kazan.path("gaps").get(0).path("fields").toString());
        assertEquals("2026-11-28", kazan.path("gaps").get(0).path("searched").asText());
        JsonNode spb = missions.get(2);
        assertEquals("2025", spb.path("phones").get(0).path("published").asText());
        assertEquals("low", spb.path("sources").get(1).path("confidence").asText());
        assertEquals("2024-03", missions.get(3).path("moved").path("since").asText());
        assertTrue(missions.get(0).path("moved").isNull());
    }

    @Test
    void georgiaExplainsTheInterestsSectionAtTheSwissEmbassy() {
        Result r = CliRun.run("embassy", "georgia");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("interests section at the embassy of Switzerland"), r.toString());
    }

    @Test
    void realGermanyShowsTheOpenEmbassyAndTheConsulatesClosedIn2023() throws Exception {
        JsonNode de = JSON.readTree(CliRun.run("embassy", "germany", "--json").out());
        JsonNode first = de.path("missions").get(0);
        assertEquals("embassy", first.path("kind").asText());
        assertEquals("open", first.path("status").path("state").asText());
        int closed2023 = 0;
        for (JsonNode m : de.path("missions")) {
            if (m.path("status").path("state").asText().equals("closed")
                    && m.path("status").path("since").asText().startsWith("2023")) closed2023++;
        }
        assertEquals(3, closed2023, de.toPrettyString());
    }

    @Test
    void stdinBatchAsJsonLinesGivesOneObjectPerQuery() throws Exception {
        Result r = CliRun.withInput("Deutschland\nГермания\n\nFRA\n276\nivory coast\n", "embassy", "-", "--format", "jsonl");
        assertEquals(0, r.exit(), r.toString());
        List<String> codes = new ArrayList<>();
        for (String line : r.out().split("\n")) codes.add(JSON.readTree(line).path("country").path("code").asText());
        assertEquals(List.of("DE", "DE", "FR", "DE", "CI"), codes);
    }

    @Test
    void aTypoExitsOneAndSuggestsTheCountry() {
        Result r = CliRun.run("embassy", "grmany");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("consular: no country matches \"grmany\". Did you mean: Germany (DE)"), r.err());
    }

    @Test
    void anAmbiguousNameExitsThreeAndListsTheCandidates() {
        Result r = CliRun.run("embassy", "congo");
        assertEquals(3, r.exit(), r.toString());
        assertEquals("consular: \"congo\" could mean: Congo (Republic) (CG), Congo (Democratic Republic) (CD). "
                + "Give the name or code of one.\n", r.err());
    }

    @Test
    void aFailedQueryInJsonIsAnObjectWithAnErrorCode() throws Exception {
        JsonNode n = JSON.readTree(CliRun.run("embassy", "congo", "--json").out());
        assertEquals("ambiguous", n.path("error").path("code").asText());
        assertEquals(2, n.path("error").path("candidates").size());
        JsonNode typo = JSON.readTree(CliRun.run("embassy", "grmany", "--json").out());
        assertEquals("not-found", typo.path("error").path("code").asText());
        assertEquals("DE", typo.path("error").path("candidates").get(0).path("code").asText());
    }

    @Test
    void theExitCodeOfABatchIsItsWorstAnswer() {
        assertEquals(1, CliRun.withInput("germany\ngrmany\n", "embassy", "-").exit());
        assertEquals(3, CliRun.withInput("grmany\ncongo\ngermany\n", "embassy", "-").exit());
        assertEquals(0, CliRun.withInput("germany\nfrance\n", "embassy", "-").exit());
    }

    @Test
    void severalCountriesInJsonMakeAnArray() throws Exception {
        JsonNode n = JSON.readTree(CliRun.onTestData("embassy", "de", "ge", "--json").out());
        assertTrue(n.isArray());
        assertEquals("GE", n.get(1).path("country").path("code").asText());
    }

    @Test
    void filtersKeepOnlyTheAskedMissions() throws Exception {
        JsonNode open = JSON.readTree(CliRun.onTestData("embassy", "de", "--open", "--json").out());
        for (JsonNode m : open.path("missions")) assertEquals("open", m.path("status").path("state").asText());
        JsonNode inPiter = JSON.readTree(CliRun.onTestData("embassy", "de", "--city", "Санкт-Петербург", "--json").out());
        assertEquals(1, inPiter.path("missions").size());
        JsonNode consulates = JSON.readTree(CliRun.onTestData("embassy", "de", "--kind", "consulate-general", "--json").out());
        for (JsonNode m : consulates.path("missions")) assertEquals("consulate-general", m.path("kind").asText());
        Result bad = CliRun.onTestData("embassy", "de", "--kind", "castle");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown kind 'castle'"), bad.err());
    }

    @Test
    void pipedTextHasNoEscapeSequencesAndColorAlwaysHasThem() {
        assertFalse(CliRun.run("embassy", "germany").out().contains("\u001b"));
        assertTrue(CliRun.run("embassy", "germany", "--color=always").out().contains("\u001b["));
    }

    @Test
    void theHostCountryIsExplained() {
        Result r = CliRun.run("embassy", "Россия");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Russia is the host country"), r.err());
    }

    @Test
    void everyAnswerSaysHowOldTheDataIs() throws Exception {
        CliRun.Result text = CliRun.onTestData("embassy", "de");
        assertTrue(text.out().endsWith("  Data as of 2026-11-28 (3 days ago)\n"), text.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.onTestData("embassy", "de", "--json").out());
        assertEquals("2026-11-28", json.path("dataAsOf").asText());
        String csv = CliRun.onTestData("embassy", "de", "--format", "csv").out();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",data_as_of"), csv);
        assertTrue(csv.lines().skip(1).allMatch(line -> line.endsWith(",2026-11-28")), csv);
    }

    @Test
    void dataOlderThanHalfAYearIsSaidOncePerRunOnStandardError() {
        java.time.Clock later = java.time.Clock.fixed(java.time.Instant.parse("2027-07-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        CliRun.Result r = CliRun.withClock(later, "de\nge\nbw\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.consular.app.TerminalInfo.pipe(), "--data", CliRun.TEST_DATA, "embassy", "-", "--format", "jsonl");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("consular: warning: the data is 215 days old (as of 2026-11-28): offices may have closed or moved "
                + "since; 'consular data update' fetches newer data\n", r.err());
        assertEquals("", CliRun.onTestData("embassy", "de").err());
    }
}
