package dev.consular.lookup;

import dev.consular.data.NameIndex;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Any text resolves to a country, several, or none with suggestions: never an exception. */
class ResolverPropertiesTest {
    private static final NameIndex INDEX = new Dataset(DataSource.embedded()).names();
    private static final CountryResolver RESOLVER = new CountryResolver(INDEX);

    @Property(tries = 10_000)
    void anyTextResolvesWithoutError(@ForAll String text) {
        Resolution r = RESOLVER.resolve(text);
        if (r instanceof Resolution.Found f) assertNotNull(INDEX.country(f.code()), f.code());
        RESOLVER.complete(text);
    }
}
