package dev.consular.lookup;

import java.util.List;

/** What a query names: one country, several (ambiguous), or none (with suggestions). */
public sealed interface Resolution {

    String query();

    /** A country and its code, with other countries whose names contain the query ("Sudan": South Sudan). */
    record Found(String query, String code, List<Candidate> alsoMatching) implements Resolution {}

    /** Several countries fit equally well: the user must choose. */
    record Ambiguous(String query, List<Candidate> candidates) implements Resolution {}

    /** No country fits: ranked suggestions, perhaps none, and a hint where one helps. */
    record NotFound(String query, List<Candidate> suggestions, String hint) implements Resolution {}

    /** A candidate country: its code and English name. */
    record Candidate(String code, String name) {}
}
