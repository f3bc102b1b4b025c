package dev.consular.cli;

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
}
