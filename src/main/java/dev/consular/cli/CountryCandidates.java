package dev.consular.cli;

import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.lookup.NameIndex;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Country names for shell completion scripts: every sending state's English name in lower case
 * with hyphens for spaces, as shells complete words case-sensitively ("ger" completes "germany").
 */
final class CountryCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>();
        for (NameIndex.CountryName c : new Dataset(DataSource.embedded()).names().countries()) {
            names.add(c.en().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace("'", "")
                    .replace("(", "").replace(")", ""));
        }
        return names.iterator();
    }
}
