package dev.consular.data;

import dev.consular.model.TravelAdvice;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lookup reads one government's travel advice out of the file; it must be the same advice as when all are read. */
class AdviceOfTest {
    @Test
    void eachGovernmentsAdviceIsTheOneTheWholeFileGives() {
        List<TravelAdvice> all = new Dataset(DataSource.embedded()).advisories().advice();
        assertTrue(all.size() > 30, "the shipped advice: " + all.size());
        for (TravelAdvice expected : all) {
            assertEquals(expected, new Dataset(DataSource.embedded()).adviceOf(expected.government()));
        }
        assertNull(new Dataset(DataSource.embedded()).adviceOf("ZZ"));
    }

    @Test
    void theGovernmentFieldMayComeLastAndOtherEntriesMayBeAnything() throws Exception {
        Path dir = folder("""
                {"advisories": [
                  {"level": {"text": "x", "common": 2}, "extra": [1, {"a": null}], "government": "FR"},
                  {"issuer": "Them", "level": {"text": "Level 1", "common": 1}, "government": "DE"}
                ], "scale": {"1": "a", "2": "b", "3": "c", "4": "d"}}
                """);
        TravelAdvice de = new Dataset(DataSource.directory(dir)).adviceOf("DE");
        assertNotNull(de);
        assertEquals("Them", de.issuer());
        assertEquals(1, de.level());
        // the entry it reads is checked as strictly as when the whole file is read
        DataException e = assertThrows(DataException.class, () -> new Dataset(DataSource.directory(dir)).adviceOf("FR"));
        assertEquals(dir.resolve("advisories.json") + ": at /advisories/0/extra: unknown field \"extra\"", e.getMessage());
    }

    private static Path folder(String advisories) throws Exception {
        Path dir = Files.createTempDirectory("consular-advice");
        Files.createDirectories(dir.resolve("countries"));
        Files.writeString(dir.resolve("meta.json"), "{\"asOf\": \"2026-01-01\"}");
        Files.writeString(dir.resolve("advisories.json"), advisories);
        return dir;
    }
}
