package dev.consular.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The loader meets any bytes: it returns a country or says what is wrong, never anything else. */
class LoaderPropertiesTest {
    private static final String VALID = """
            {"code": "DE", "name": {"en": "Germany", "ru": "Германия"},
             "representation": {"type": "resident", "sources": [{"url": "https://a.example", "date": "2020", "fields": ["representation"]}]},
             "missions": [{"id": "de-embassy-moscow", "kind": "embassy", "city": "Moscow",
               "phones": [{"number": "+74959379500", "type": "main"}], "geo": {"lat": 55.7, "lon": 37.5},
               "status": {"state": "open"}, "sources": [{"url": "https://a.example", "accessed": "2026-01-01", "fields": ["kind"]}]}]}
            """;

    private static void load(String text) {
        try {
            new DataMapper("test.json").country(JsonTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        } catch (DataException | JsonProcessingException expected) {
            // a clear message about the file: what the user sees, with exit code 65
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 10_000)
    void anyTextLoadsOrFailsWithADataError(@ForAll String text) {
        load(text);
    }

    @Property(tries = 10_000)
    void anyMutationOfAValidFileLoadsOrFailsWithADataError(@ForAll("mutations") String text) {
        load(text);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<String> insert = Arbitraries.strings().ofMaxLength(4);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
        return net.jqwik.api.Combinators.combine(at, insert, cut).as((i, s, n) ->
                VALID.substring(0, i) + s + VALID.substring(Math.min(VALID.length(), i + n)));
    }
}
