package dev.consular.lookup;

import dev.consular.data.NameIndex;
import dev.consular.text.EditDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key of the name index arranged for typo suggestions, built on the first miss: sorted, for
 * the names that start with what was typed, by length, and from the second miss on by pairs of
 * neighbouring letters, so that only names sharing enough of the query's pairs are compared
 * letter by letter (comparing all forty thousand keys cost about 10 ms a miss). A batch's
 * repeated misses come from a small cache.
 */
final class SuggestionIndex {
    private static final int CACHED = 4096;
    private static final char START = '\u0001';
    private static final char END = '\u0002';

    private final NameIndex index;
    private final String[] sorted;         // every key, sorted: names that start with the query
    private final int[] idOfSorted;        // sorted position -> id
    private final String[] keys;           // id -> key; ids run by length, then key
    private final int[] lengthStart;       // length -> the first id of a key that long (and one more)
    private final char[][] letters;        // id -> the key's letters, for the distance
    private final int[] rows;              // the distance's rows (reused)
    private int[] table = new int[1 << 14]; // open addressing: pairs of letters; 0 is empty
    private int[] slotIds = new int[1 << 14]; // slot -> the pair's number
    private int pairs;                     // distinct pairs so far
    private int[][] postings;              // pair number -> ids of the keys that have it, ascending
    private final int[] shared;            // id -> how many of the query's pairs it has (reused)
    private final int[] touched;           // the ids that have any (reused)
    private final int[] stamp;             // id -> the query that found it by its start (reused)
    private int queries;
    private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true);

    SuggestionIndex(NameIndex index) {
        this.index = index;
        sorted = index.sortedKeys();
        int n = sorted.length;
        int longest = 0;
        for (String k : sorted) longest = Math.max(longest, k.length());
        lengthStart = new int[longest + 2];
        for (String k : sorted) lengthStart[k.length() + 1]++;
        for (int len = 1; len < lengthStart.length; len++) lengthStart[len] += lengthStart[len - 1];
        int[] next = Arrays.copyOf(lengthStart, lengthStart.length);
        keys = new String[n];
        idOfSorted = new int[n];
        for (int p = 0; p < n; p++) { // a counting sort by length keeps key order within a length
            int id = next[sorted[p].length()]++;
            keys[id] = sorted[p];
            idOfSorted[p] = id;
        }
        shared = new int[n];
        touched = new int[n];
        stamp = new int[n];
        letters = new char[n][];
        for (int i = 0; i < n; i++) letters[i] = keys[i].toCharArray();
        rows = new int[3 * (longest + 2)];
    }

    /**
     * The lists of keys by letter pair: built for a second miss, since a single one (a typo on
     * the command line) is answered sooner by comparing every key of a length in reach.
     */
    private void buildPostings() {
        int n = keys.length;
        int[][] grams = new int[n][];
        for (int i = 0; i < n; i++) grams[i] = grams(keys[i]);
        int[] sizes = new int[1 << 12];
        for (int[] g : grams) {
            for (int gram : g) {
                int id = number(gram);
                if (id == sizes.length) sizes = Arrays.copyOf(sizes, sizes.length * 2);
                sizes[id]++;
            }
        }
        postings = new int[pairs][];
        for (int id = 0; id < pairs; id++) postings[id] = new int[sizes[id]];
        int[] filled = new int[pairs];
        for (int i = 0; i < n; i++) {
            for (int gram : grams[i]) {
                int id = find(gram);
                postings[id][filled[id]++] = i;
            }
        }
    }

    /**
     * The codes of the names that start with {@code key} or are at most {@code limit} edits from
     * it, closest first, then primary names before other languages' names, then shorter ones.
     */
    synchronized List<String> codes(String key, int limit, int max) {
        String cacheKey = key + '\t' + limit;
        List<String> cached = cache.get(cacheKey);
        if (cached != null) return cached;
        List<Scored> scored = new ArrayList<>();
        int query = ++queries;
        if (query == 2) buildPostings();
        if (key.length() >= 2) {
            for (int p = firstAtLeast(key); p < sorted.length && sorted[p].startsWith(key); p++) {
                add(scored, idOfSorted[p], 0);
                stamp[idOfSorted[p]] = query;
            }
        }
        char[] typed = key.toCharArray();
        for (int i : near(key, limit)) {
            if (stamp[i] == query) continue; // a name that starts with the query
            int d = EditDistance.between(typed, letters[i], limit, rows);
            if (d <= limit) add(scored, i, d);
        }
        scored.sort(ORDER);
        Set<String> codes = new LinkedHashSet<>();
        for (Scored s : scored) {
            codes.add(s.code());
            if (codes.size() == max) break;
        }
        List<String> result = List.copyOf(codes);
        cache.put(cacheKey, result);
        if (cache.size() > CACHED) cache.remove(cache.keySet().iterator().next());
        return result;
    }

    /**
     * Ids of the keys that may be within {@code limit} edits: as long as the query give or take
     * {@code limit}, and, since one edit changes at most three of a name's pairs (a swap of two
     * letters), having all but {@code 3 * limit} of the query's pairs; when that leaves no bound,
     * every key of a length in reach.
     */
    private int[] near(String key, int limit) {
        int[] grams = grams(key);
        int needed = grams.length - 3 * limit;
        int from = lengthStart[Math.min(lengthStart.length - 1, Math.max(0, key.length() - limit))];
        int to = lengthStart[Math.min(lengthStart.length - 1, key.length() + limit + 1)];
        if (needed <= 0 || postings == null) {
            int[] all = new int[to - from];
            for (int i = 0; i < all.length; i++) all[i] = from + i;
            return all;
        }
        int count = 0;
        for (int gram : grams) {
            int pair = find(gram);
            if (pair < 0) continue;
            int[] ids = postings[pair];
            int at = Arrays.binarySearch(ids, from);
            for (int j = at >= 0 ? at : -at - 1; j < ids.length && ids[j] < to; j++) {
                int id = ids[j];
                if (shared[id]++ == 0) touched[count++] = id;
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            if (shared[id] >= needed) out[n++] = id;
            shared[id] = 0;
        }
        return Arrays.copyOf(out, n);
    }

    /** The number of a pair, the next one if it is new. */
    private int number(int gram) {
        int id = find(gram);
        if (id >= 0) return id;
        if (2 * (pairs + 1) > table.length) grow();
        put(table, slotIds, gram, pairs);
        return pairs++;
    }

    private void grow() {
        int[] t = new int[table.length * 2];
        int[] ids = new int[t.length];
        for (int s = 0; s < table.length; s++) {
            if (table[s] != 0) put(t, ids, table[s], slotIds[s]);
        }
        table = t;
        slotIds = ids;
    }

    private static void put(int[] table, int[] ids, int gram, int id) {
        int mask = table.length - 1;
        int s = mix(gram) & mask;
        while (table[s] != 0) s = (s + 1) & mask;
        table[s] = gram;
        ids[s] = id;
    }

    /** The number of a pair, or -1 if no key has it. */
    private int find(int gram) {
        int mask = table.length - 1;
        for (int s = mix(gram) & mask; ; s = (s + 1) & mask) {
            if (table[s] == gram) return slotIds[s];
            if (table[s] == 0) return -1;
        }
    }

    private static int mix(int x) {
        x *= 0x9E3779B1;
        return x ^ (x >>> 15);
    }

    private void add(List<Scored> scored, int i, int score) {
        NameIndex.Entry entry = index.entry(keys[i]);
        boolean primary = !entry.primary().isEmpty();
        for (String code : primary ? entry.primary() : entry.secondary()) {
            scored.add(new Scored(code, score, primary, keys[i].length(), keys[i]));
        }
    }

    private int firstAtLeast(String key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The pairs of neighbouring letters of a key, its start and end counting as letters; a pair's
     * second and later occurrences count as other pairs ("bamamas" has eight), so that a repeated
     * pair is not lost to the bound. Distinct numbers, sorted.
     */
    static int[] grams(String key) {
        int[] pairs = new int[key.length() + 1];
        char prev = START;
        for (int i = 0; i <= key.length(); i++) {
            char c = i < key.length() ? key.charAt(i) : END;
            pairs[i] = (prev << 16) | c;
            prev = c;
        }
        Arrays.sort(pairs);
        int[] grams = new int[pairs.length];
        for (int i = 0, run = 0; i < pairs.length; i++) {
            run = i > 0 && pairs[i] == pairs[i - 1] ? run + 1 : 0;
            int g = pairs[i] + run * 0x9E3779B1;
            grams[i] = g == 0 ? 1 : g; // 0 marks an empty slot; two numbers that clash only add candidates
        }
        Arrays.sort(grams);
        int n = 0;
        for (int i = 0; i < grams.length; i++) {
            if (n == 0 || grams[i] != grams[n - 1]) grams[n++] = grams[i];
        }
        return n == grams.length ? grams : Arrays.copyOf(grams, n);
    }

    private record Scored(String code, int score, boolean primary, int length, String name) {}

    private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::score)
            .thenComparing(Scored::primary, Comparator.reverseOrder())
            .thenComparingInt(Scored::length)
            .thenComparing(Scored::name);
}
