package dev.consular.lookup;

import dev.consular.data.NameIndex;
import dev.consular.text.EditDistance;
import dev.consular.text.Normalizer;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The suggestion index finds what comparing the query with every key finds, in the same order. */
class SuggestionIndexTest {
    private static final NameIndex INDEX = new Dataset(DataSource.embedded()).names();
    private static final SuggestionIndex SUGGESTIONS = new SuggestionIndex(INDEX);
    private static final String[] KEYS = INDEX.sortedKeys();

    private record Scored(String code, int score, boolean primary, int length, String name) {}

    /** The scan the index replaces. */
    private static List<String> scan(String key, int limit) {
        List<Scored> scored = new ArrayList<>();
        for (String name : KEYS) {
            int score = key.length() >= 2 && name.startsWith(key) ? 0 : EditDistance.between(key, name, limit);
            if (score > limit) continue;
            NameIndex.Entry e = INDEX.entry(name);
            boolean primary = !e.primary().isEmpty();
            for (String code : primary ? e.primary() : e.secondary()) scored.add(new Scored(code, score, primary, name.length(), name));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::primary, Comparator.reverseOrder())
                .thenComparingInt(Scored::length).thenComparing(Scored::name));
        Set<String> codes = new LinkedHashSet<>();
        for (Scored s : scored) {
            codes.add(s.code());
            if (codes.size() == 5) break;
        }
        return List.copyOf(codes);
    }

    private static void same(String query) {
        String key = Normalizer.normalize(query);
        if (key.isEmpty()) return;
        int limit = key.length() <= 5 ? 1 : key.length() <= 9 ? 2 : 3;
        assertEquals(scan(key, limit), SUGGESTIONS.codes(key, limit, 5), query);
    }

    @Test
    void typosOfEveryCountryNameFindWhatAScanFinds() {
        Random random = new Random(15);
        String letters = "aeiourstnlkmабвгдеиклмнорст";
        for (NameIndex.CountryName c : INDEX.countries()) {
            for (String name : c.ru() == null ? List.of(c.en()) : List.of(c.en(), c.ru())) {
                for (int n = 0; n < 3; n++) {
                    StringBuilder typo = new StringBuilder(name);
                    for (int edits = 0; edits <= n; edits++) {
                        int i = random.nextInt(typo.length());
                        switch (random.nextInt(4)) {
                            case 0 -> typo.deleteCharAt(i);
                            case 1 -> typo.insert(i, letters.charAt(random.nextInt(letters.length())));
                            case 2 -> typo.setCharAt(i, letters.charAt(random.nextInt(letters.length())));
                            default -> {
                                if (i + 1 < typo.length()) {
                                    char t = typo.charAt(i);
                                    typo.setCharAt(i, typo.charAt(i + 1));
                                    typo.setCharAt(i + 1, t);
                                }
                            }
                        }
                        if (typo.length() == 0) typo.append('a');
                    }
                    same(typo.toString());
                }
            }
        }
    }

    @Test
    void repeatedLettersAndShortQueries() {
        for (String q : List.of("bamamas", "aaaa", "a", "zz", "ru", "nnnnnnnnnnnnn", "Иsрак", "Папуа — Новая Гвиня", "ミャンマ")) same(q);
    }

    @Property(tries = 300)
    void anyText(@ForAll @StringLength(max = 30) String text) {
        same(text);
    }
}
