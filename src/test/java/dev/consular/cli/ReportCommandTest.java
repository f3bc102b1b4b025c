package dev.consular.cli;

import dev.consular.CliRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** consular report: the record with its sources and a template; nothing is sent. */
class ReportCommandTest {
    @Test
    void aMissionIdGivesThatRecord() {
        CliRun.Result r = CliRun.onTestData("report", "de-embassy-moscow");
        assertEquals(0, r.exit(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals("Correction: de-embassy-moscow (Embassy in Moscow, Germany)", lines[0]);
        assertTrue(r.out().contains("\n    id:             de-embassy-moscow\n"), r.out());
        assertTrue(r.out().contains("\n    source:         https://"), r.out());
        assertTrue(r.out().contains("\nWhat is wrong (the record's id and field, and what it should say):\n"), r.out());
        assertTrue(r.out().contains("\nWhere the right fact is published"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aCountryGivesAllItsMissions() {
        CliRun.Result r = CliRun.onTestData("report", "germany");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Correction: Germany (DE)\n"), r.out());
        assertTrue(r.out().contains("\n    representation: resident\n"), r.out());
        assertTrue(r.out().contains("\n    id:             de-embassy-moscow\n"), r.out());
        assertTrue(r.out().contains("\n    id:             de-consulate-general-kaliningrad\n"), r.out());
        assertTrue(r.out().contains("\n    status:         closed since 2023-11-30: "), r.out());
    }

    @Test
    void nothingMatching() {
        CliRun.Result r = CliRun.onTestData("report", "zz-nothing-here");
        assertEquals(1, r.exit());
        assertEquals("consular: no mission id or country matches 'zz-nothing-here'\n", r.err());
    }

    @Test
    void theLinkCarriesTheTextWhenItFits() {
        dev.consular.update.Correction c = dev.consular.update.Correction.ofCountry(
                new dev.consular.data.Dataset(dev.consular.data.DataSource.embedded()).country("AD"), "2026-11-28");
        String link = c.link("https://example.org/consular/issues");
        assertTrue(link.startsWith("https://example.org/consular/issues/new?title=Correction%3A%20Andorra%20%28AD%29&body="), link);
        dev.consular.update.Correction big = dev.consular.update.Correction.ofCountry(
                new dev.consular.data.Dataset(dev.consular.data.DataSource.embedded()).country("US"), "2026-11-28");
        String title = big.link("https://example.org/consular/issues");
        assertTrue(title.length() <= 8000);
    }
}
