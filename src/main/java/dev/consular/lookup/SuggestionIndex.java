package dev.consular.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key of the name index arranged for typo suggestions, built on the first miss: sorted, for
 * the names that start with what was typed, and by pairs of letters, so that only names sharing
 * enough of the query's pairs are compared letter by letter (comparing all fifty thousand keys
 * cost about 10 ms a miss). A batch's repeated misses are answered from a small cache.
 */
final class SuggestionIndex {
    private static final int CACHED = 4096;
    private static final char START = '\u0001';
    private static final char END = '\u0002';

    private final String[] keys;
    private final NameIndex.Entry[] entries;
    private final Map<Integer, int[]> postings = new HashMap<>();
    private final int[][] byLength;
    private final int[] shared;          // per key: how many of the query's pairs it has (reused)
    private final int[] touched;         // the keys that have any (reused)
    private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true);

    SuggestionIndex(Map<String, NameIndex.Entry> all) {
        keys = all.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        entries = new NameIndex.Entry[keys.length];
        shared = new int[keys.length];
        touched = new int[keys.length];
        Map<Integer, int[]> sizes = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < keys.length; i++) {
            entries[i] = all.get(keys[i]);
            longest = Math.max(longest, keys[i].length());
            for (int gram : grams(keys[i])) sizes.computeIfAbsent(gram, g -> new int[1])[0]++;
        }
        sizes.forEach((gram, n) -> postings.put(gram, new int[n[0]]));
        int[] lengths = new int[longest + 1];
        for (String k : keys) lengths[k.length()]++;
        byLength = new int[longest + 1][];
        for (int n = 0; n <= longest; n++) byLength[n] = new int[lengths[n]];
        Arrays.fill(lengths, 0);
        for (int i = 0; i < keys.length; i++) {
            for (int gram : grams(keys[i])) {
                int[] n = sizes.get(gram);
                postings.get(gram)[postings.get(gram).length - n[0]--] = i;
            }
            byLength[keys[i].length()][lengths[keys[i].length()]++] = i;
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
        int from = firstAtLeast(key);
        int to = from;
        if (key.length() >= 2) {
            for (; to < keys.length && keys[to].startsWith(key); to++) add(scored, to, 0);
        }
        for (int i : near(key, limit)) {
            if (i >= from && i < to) continue; // a prefix already
            int d = EditDistance.between(key, keys[i], limit);
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
     * Keys that may be within {@code limit} edits: one edit changes at most three of a name's
     * letter pairs (a swap of two letters), so a name within reach still has all but
     * {@code 3 * limit} of the query's distinct pairs; when that leaves no bound, every key of a
     * length in reach.
     */
    private int[] near(String key, int limit) {
        int[] grams = grams(key);
        int needed = grams.length - 3 * limit;
        int shortest = Math.max(0, key.length() - limit);
        int longest = Math.min(byLength.length - 1, key.length() + limit);
        if (needed <= 0) {
            int n = 0;
            for (int len = shortest; len <= longest; len++) n += byLength[len].length;
            int[] all = new int[n];
            n = 0;
            for (int len = shortest; len <= longest; len++) {
                System.arraycopy(byLength[len], 0, all, n, byLength[len].length);
                n += byLength[len].length;
            }
            return all;
        }
        int count = 0;
        for (int gram : grams) {
            int[] ids = postings.get(gram);
            if (ids == null) continue;
            for (int id : ids) {
                if (shared[id]++ == 0) touched[count++] = id;
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            int len = keys[id].length();
            if (shared[id] >= needed && len >= shortest && len <= longest) out[n++] = id;
            shared[id] = 0;
        }
        return Arrays.copyOf(out, n);
    }

    private void add(List<Scored> scored, int i, int score) {
        NameIndex.Entry entry = entries[i];
        boolean primary = !entry.primary().isEmpty();
        for (String code : primary ? entry.primary() : entry.secondary()) {
            scored.add(new Scored(code, score, primary, keys[i].length(), keys[i]));
        }
    }

    private int firstAtLeast(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? i : -i - 1;
    }

    /** The distinct pairs of neighbouring letters of a key, with its start and end as letters. */
    static int[] grams(String key) {
        int[] grams = new int[key.length() + 1];
        char prev = START;
        for (int i = 0; i < key.length(); i++) {
            grams[i] = (prev << 16) | key.charAt(i);
            prev = key.charAt(i);
        }
        grams[key.length()] = (prev << 16) | END;
        Arrays.sort(grams);
        int n = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) grams[n++] = grams[i];
        }
        return Arrays.copyOf(grams, n);
    }

    private record Scored(String code, int score, boolean primary, int length, String name) {}

    private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::score)
            .thenComparing(Scored::primary, Comparator.reverseOrder())
            .thenComparingInt(Scored::length)
            .thenComparing(Scored::name);
}
