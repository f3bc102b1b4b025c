package dev.consular.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.Resolution;
import dev.consular.model.Address;
import dev.consular.model.Bilingual;
import dev.consular.model.Country;
import dev.consular.model.Geo;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Representation;
import dev.consular.model.Source;
import dev.consular.model.Status;
import ezvcard.Ezvcard;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every renderer on arbitrary text, control characters included: the output always parses. */
class RendererPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<Lookup> lookups() {
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> maybe = text.injectNull(0.3);
        Arbitrary<Phone> phone = Arbitraries.longs().between(1_000_000L, 999_999_999_999_999L)
                .map(n -> new Phone("+" + n, "main", null));
        Arbitrary<Mission> mission = Combinators.combine(text, maybe, maybe, maybe, phone.list().ofMaxSize(2),
                Arbitraries.of(Status.State.values()), Arbitraries.doubles().between(41, 82), maybe)
                .as((name, ru, street, note, phones, state, lat, email) -> new Mission("xx-embassy-" + Math.abs(name.hashCode()),
                        Mission.Kind.EMBASSY, new Bilingual(name, ru), name, ru, new Address(street, ru, null), phones,
                        email == null ? List.of() : List.of(email), null, note, new Geo(lat, 37.5),
                        note == null ? List.of() : List.of(note), new Status(state, null, note, null),
                        List.of(new Source("https://a.example", note, "2020", null, List.of("kind")))));
        return Combinators.combine(text, maybe, mission.list().ofMaxSize(3), text).as((name, ru, missions, query) ->
                new Lookup(new Resolution.Found(query, "XX", List.of()), new Country("XX", new Bilingual(name, ru),
                        new Representation(Representation.Type.RESIDENT, null, ru, null, null, List.of()), missions), missions, null, false, null,
                        new dev.consular.model.DataAge("2026-11-28", 3)));
    }

    @Property(tries = 10_000)
    void jsonAndJsonLinesAlwaysParse(@ForAll("lookups") Lookup lookup) throws Exception {
        StringWriter out = new StringWriter();
        try (LookupRenderer r = new JsonLookupRenderer(out, true, true)) {
            r.render(lookup);
        }
        assertEquals(lookup.missions().size(), JSON.readTree(out.toString()).path("missions").size());
    }

    @Property(tries = 10_000)
    void csvAlwaysHasTheHeadersColumnCount(@ForAll("lookups") Lookup lookup) throws Exception {
        StringWriter out = new StringWriter();
        try (LookupRenderer r = new DelimitedLookupRenderer(out, Format.CSV, DelimitedLookupRenderer.COLUMNS)) {
            r.render(lookup);
        }
        var rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class)
                .<List<String>>readValues(out.toString()).readAll();
        assertEquals(Math.max(1, lookup.missions().size()) + 1, rows.size());
        for (List<String> row : rows) assertEquals(DelimitedLookupRenderer.COLUMNS.size(), row.size());
    }

    @Property(tries = 10_000)
    void vcardAlwaysParses(@ForAll("lookups") Lookup lookup) throws Exception {
        StringWriter out = new StringWriter();
        try (LookupRenderer r = new VcardLookupRenderer(new PrintWriter(out), "2026-01-01")) {
            r.render(lookup);
        }
        assertEquals(lookup.missions().size(), Ezvcard.parse(out.toString()).all().size());
    }

    @Property(tries = 10_000)
    void textNeverCarriesAnEscapeCharacter(@ForAll("lookups") Lookup lookup) {
        StringWriter out = new StringWriter();
        new TextLookupRenderer(new PrintWriter(out), Style.PLAIN, 80, c -> c).render(lookup);
        assertFalse(out.toString().chars().anyMatch(c -> c < 0x20 && c != '\n'), out.toString());
    }
}
