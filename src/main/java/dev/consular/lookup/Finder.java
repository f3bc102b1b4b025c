package dev.consular.lookup;

import dev.consular.data.Dataset;
import dev.consular.model.Country;
import dev.consular.model.DataAge;
import dev.consular.model.TravelAdvice;

import java.util.List;

/** Answers a query: resolves the country, loads its record, applies the filters. */
public final class Finder {
    private final Dataset dataset;
    private final CountryResolver resolver;
    private final java.time.LocalDate today;
    private DataAge age;

    /** @param today the day of the run, read once from the clock (tests fix it) */
    public Finder(Dataset dataset, java.time.LocalDate today) {
        this.dataset = dataset;
        this.resolver = new CountryResolver(dataset.names());
        this.today = today;
    }

    /** How old the data is today. */
    public DataAge age() {
        if (age == null) age = DataAge.of(dataset.meta().asOf(), today);
        return age;
    }

    public CountryResolver resolver() {
        return resolver;
    }

    public Lookup find(String query, MissionFilter filter) {
        Resolution r = resolver.resolve(query);
        if (r instanceof Resolution.Found f) {
            Country c = dataset.country(f.code());
            if (c != null) {
                TravelAdvice advice = dataset.adviceOf(c.code());
                boolean stale = advice != null && advice.isStaleOn(dataset.meta().asOf());
                return new Lookup(r, c, filter.apply(c.missions()), advice, stale, null, age());
            }
            return new Lookup(new Resolution.NotFound(query, List.of(), "the data has no record for " + f.code()),
                    null, List.of(), null, false, null, null);
        }
        return new Lookup(r, null, List.of(), null, false, null, null);
    }
}
