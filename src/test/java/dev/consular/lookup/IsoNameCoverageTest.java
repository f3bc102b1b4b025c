package dev.consular.lookup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** iso-codes' names of every sending state, in every language it ships, resolve to that state. */
class IsoNameCoverageTest {
    private static List<IsoNameCoverage.Form> forms;

    @BeforeAll
    static void measure() throws IOException {
        forms = IsoNameCoverage.measure(IsoNameCoverage.FORMS);
    }

    @Test
    void atLeast99PercentOfEachFieldResolveStrictly() {
        Map<String, IsoNameCoverage.Rate> byField = IsoNameCoverage.byField(forms);
        for (String field : IsoNameCoverage.FIELDS) {
            IsoNameCoverage.Rate r = byField.get(field);
            assertTrue(r.counted() > 800 && r.percent() >= 99, field + ": " + r);
        }
        assertTrue(IsoNameCoverage.overall(forms).percent() >= 99.5, IsoNameCoverage.overall(forms).toString());
    }

    @Test
    void everyLanguageResolvesAtLeast97Percent() {
        IsoNameCoverage.byLanguage(forms).forEach((lang, r) -> assertTrue(r.percent() >= 97, lang + ": " + r));
    }

    @Test
    void aSharedFormAsksWhichCountry() {
        long shared = 0;
        for (IsoNameCoverage.Form f : forms) {
            if (!f.declaredShared()) continue;
            shared++;
            assertInstanceOf(Resolution.Ambiguous.class, f.resolution(), f.toString());
            assertTrue(f.shared(), f.toString());
        }
        assertTrue(shared > 0);
    }
}
