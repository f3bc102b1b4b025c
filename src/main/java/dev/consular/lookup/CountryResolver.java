package dev.consular.lookup;

import dev.consular.data.NameIndex;
import dev.consular.text.Normalizer;
import dev.consular.lookup.Resolution.Ambiguous;
import dev.consular.lookup.Resolution.Candidate;
import dev.consular.lookup.Resolution.Found;
import dev.consular.lookup.Resolution.NotFound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a person types (a code, a name in any language, an alias, a demonym, a flag emoji,
 * a typo) into a sending state, or says why it cannot.
 */
public final class CountryResolver {
    private static final int MAX_SUGGESTIONS = 5;
    private static final Set<String> HOST_NAMES = Set.of(
            "ru", "rus", "643", "russia", "russian federation", "rf", "россия", "рф", "российская федерация");

    private final NameIndex index;
    private SuggestionIndex suggestionIndex; // built on the first miss

    public CountryResolver(NameIndex index) {
        this.index = index;
    }

    /** Longer than any name of a country in any language: not worth comparing. */
    private static final int MAX_QUERY = 200;

    public Resolution resolve(String query) {
        if (query.length() > MAX_QUERY) {
            return new NotFound(query.substring(0, 40) + "...", List.of(), "too long to be the name of a country");
        }
        String flag = FlagEmoji.toCode(query);
        if (flag != null && index.country(flag) != null) {
            return new Found(query, flag, List.of());
        }
        String key = Normalizer.normalize(query);
        if (!key.isEmpty() && key.length() <= 2 && key.chars().allMatch(Character::isDigit)) {
            key = "00".substring(key.length() - 1) + key; // numeric codes have three digits: 40 is 040
        }
        if (HOST_NAMES.contains(key)) return host(query);
        NameIndex.Entry entry = index.entry(key);
        String uninverted = entry == null ? Normalizer.uninverted(query) : null;
        if (uninverted != null) {
            // "Moldova (Republic of)", "Gambia, The": ISO's order, whichever brackets it uses
            key = Normalizer.normalize(uninverted);
            if (HOST_NAMES.contains(key)) return host(query);
            entry = index.entry(key);
        }
        if (entry == null) {
            // a qualifier the index does not know: "Germany (Federal Republic)"; but "Korea, Repblic
            // of" is better answered with a suggestion than with the question which Korea
            String head = Normalizer.head(query);
            NameIndex.Entry e = head == null ? null : index.entry(Normalizer.normalize(head));
            if (namesOne(e)) entry = e;
        }
        if (entry != null) {
            if (entry.forcedAmbiguous()) return new Ambiguous(query, candidates(entry.primary()));
            List<String> codes = entry.primary().isEmpty() ? entry.secondary() : entry.primary();
            if (codes.size() == 1) return new Found(query, codes.get(0), candidates(entry.alsoMatching()));
            if (codes.size() > 1) return new Ambiguous(query, candidates(codes));
        }
        Set<String> byWord = index.primaryCodesContainingWords(key);
        if (byWord.size() == 1) {
            return new Found(query, byWord.iterator().next(), List.of());
        }
        if (byWord.size() > 1) return new Ambiguous(query, candidates(byWord));
        return new NotFound(query, suggestions(key), null);
    }

    private static NotFound host(String query) {
        return new NotFound(query, List.of(), "Russia is the host country: consular lists the foreign missions in Russia.");
    }

    private static boolean namesOne(NameIndex.Entry e) {
        return e != null && !e.forcedAmbiguous()
                && (e.primary().size() == 1 || (e.primary().isEmpty() && e.secondary().size() == 1));
    }

    /**
     * Completion candidates: names that start with what was typed (after normalizing both), one per
     * country (or group of countries), preferring the canonical name, so that "germ" completes to
     * "Germany" rather than offering "German" beside it.
     */
    public List<NameIndex.Completion> complete(String prefix) {
        String key = Normalizer.normalize(prefix);
        Map<List<String>, NameIndex.Completion> best = new LinkedHashMap<>();
        for (NameIndex.Completion c : index.completions()) {
            if (!Normalizer.normalize(c.display()).startsWith(key)) continue;
            NameIndex.Completion seen = best.get(c.codes());
            if (seen == null || rank(c) > rank(seen)) best.put(c.codes(), c);
        }
        return new ArrayList<>(best.values());
    }

    /** Canonical names first, then other names, then three letters, two last: "us" completes to "USA". */
    private int rank(NameIndex.Completion c) {
        NameIndex.CountryName n = c.codes().size() == 1 ? index.country(c.codes().get(0)) : null;
        if (n != null && (c.display().equals(n.en()) || c.display().equals(n.ru()))) return 3;
        return Math.min(c.display().length(), 4) - 2;
    }

    public String name(String code) {
        NameIndex.CountryName n = index.country(code);
        return n == null ? code : n.en();
    }

    private List<Candidate> candidates(Iterable<String> codes) {
        List<Candidate> out = new ArrayList<>();
        for (String code : codes) out.add(new Candidate(code, name(code)));
        return out;
    }

    /** Ranked guesses for a typo: names that start with the query, then names a few edits away. */
    private List<Candidate> suggestions(String key) {
        if (key.isEmpty()) return List.of();
        int limit = key.length() <= 5 ? 1 : key.length() <= 9 ? 2 : 3;
        return candidates(suggestionIndex().codes(key, limit, MAX_SUGGESTIONS));
    }

    private synchronized SuggestionIndex suggestionIndex() {
        if (suggestionIndex == null) suggestionIndex = new SuggestionIndex(index);
        return suggestionIndex;
    }
}
