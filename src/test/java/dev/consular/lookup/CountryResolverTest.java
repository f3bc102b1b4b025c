package dev.consular.lookup;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryResolverTest {
    private static final CountryResolver RESOLVER = new CountryResolver(new Dataset(DataSource.embedded()).names());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = CountryResolverTest.class.getResourceAsStream("/resolver-cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void resolvesTheTable(String input, String expected) {
        Resolution r = RESOLVER.resolve(input);
        if (expected.equals("!")) {
            assertInstanceOf(Resolution.NotFound.class, r, input);
        } else if (expected.startsWith("?")) {
            Resolution.Ambiguous a = assertInstanceOf(Resolution.Ambiguous.class, r, input);
            Set<String> codes = a.candidates().stream().map(Resolution.Candidate::code).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(Arrays.asList(expected.substring(1).split(","))), codes, input);
        } else {
            Resolution.Found f = assertInstanceOf(Resolution.Found.class, r, input + " gave " + r);
            assertEquals(expected, f.code(), input);
        }
    }

    @Test
    void theTableHasAtLeast350Cases() throws IOException {
        assertTrue(cases().count() >= 350);
    }

    @Test
    void typosAreRankedWithTheIntendedCountryFirst() {
        for (String[] c : List.of(new String[] {"grmany", "DE"}, new String[] {"Frnace", "FR"},
                new String[] {"Kazakstn", "KZ"}, new String[] {"Uzbekstan", "UZ"}, new String[] {"Gemrany", "DE"},
                new String[] {"Германя", "DE"}, new String[] {"Финляндя", "FI"}, new String[] {"kaza", "KZ"},
                new String[] {"Islamic Republic of Irn", "IR"}, new String[] {"Repulic of Moldova", "MD"},
                new String[] {"Moldova, Repulic of", "MD"}, new String[] {"Bundesrepublik Deutschlnd", "DE"},
                new String[] {"United Republik of Tanzania", "TZ"}, new String[] {"Plurinational Sate of Bolivia", "BO"},
                new String[] {"Kingdom of the Netherland", "NL"}, new String[] {"Democratic Republic of Timor-Lest", "TL"},
                new String[] {"Республика Казахстн", "KZ"}, new String[] {"Korea, Repblic of", "KR"},
                new String[] {"Korea, Democratic People's Republic", "KP"})) {
            Resolution r = RESOLVER.resolve(c[0]);
            if (r instanceof Resolution.Found f && c[0].contains(",")) {
                assertEquals(c[1], f.code(), c[0]); // ISO order: the name before the comma is enough
                continue;
            }
            Resolution.NotFound n = assertInstanceOf(Resolution.NotFound.class, r, c[0]);
            assertEquals(c[1], n.suggestions().get(0).code(), c[0] + " -> " + n.suggestions());
        }
    }

    @Test
    void theHostCountryInISOOrderSaysItIsTheHost() {
        Resolution.NotFound n = assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("Russian Federation (the)"));
        assertEquals("Russia is the host country: consular lists the foreign missions in Russia.", n.hint());
    }

    @Test
    void anExactNameWinsButMentionsTheLongerNamesThatContainIt() {
        Resolution.Found sudan = assertInstanceOf(Resolution.Found.class, RESOLVER.resolve("Sudan"));
        assertEquals("SD", sudan.code());
        assertEquals(List.of("SS"), sudan.alsoMatching().stream().map(Resolution.Candidate::code).toList());
    }

    @Test
    void completionOffersNamesInTheScriptTyped() {
        assertTrue(RESOLVER.complete("Герм").stream().anyMatch(c -> c.display().equals("Германия")));
        assertTrue(RESOLVER.complete("germ").stream().anyMatch(c -> c.display().equals("Germany")));
    }
}
