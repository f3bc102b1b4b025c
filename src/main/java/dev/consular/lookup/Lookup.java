package dev.consular.lookup;

import dev.consular.model.Country;
import dev.consular.model.Mission;

import java.util.List;

/**
 * The answer to one query: how it resolved and, when it names a country, that country with the
 * missions that pass the user's filters, open ones first.
 */
public record Lookup(Resolution resolution, Country country, List<Mission> missions) {

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
