package dev.consular.lookup;

import dev.consular.model.Country;
import dev.consular.model.DataAge;
import dev.consular.model.Mission;
import dev.consular.model.TravelAdvice;
import dev.consular.places.Proximity;
import dev.consular.places.ServingOffice;

import java.util.List;

/**
 * The answer to one query: how it resolved and, when it names a country, that country with the
 * missions that pass the user's filters, open ones first, and what its government advises about
 * travel to Russia (stale when more than a year older than the data), and how old the data is.
 */
public record Lookup(Resolution resolution, Country country, List<Mission> missions, TravelAdvice advice,
                     boolean adviceStale, Proximity proximity, DataAge age) {

    /** The same lookup seen from a place: missions reordered, the serving office marked. */
    public Lookup near(Proximity p) {
        return new Lookup(resolution, country, missions.stream().sorted(ServingOffice.order(p)).toList(), advice,
                adviceStale, p, age);
    }

    public String query() {
        return resolution.query();
    }

    public boolean found() {
        return country != null;
    }

    /** Exit code of this lookup alone: 0 found, 1 no match, 3 ambiguous. */
    public int exitCode() {
        if (resolution instanceof Resolution.Ambiguous) return 3;
        return found() ? 0 : 1;
    }
}
