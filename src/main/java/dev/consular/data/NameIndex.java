package dev.consular.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The country-name index written at build time: every sending state's code and names, the
 * normalized keys that name it (sorted, so an exact lookup is a binary search over the text and
 * needs no parsing of the other keys), and the display names offered for completion. The names
 * only other languages give (forty thousand) are in chunks that a lookup reads one of, by the
 * first key of each that the primary file lists.
 */
public final class NameIndex {
    public static final String COUNTRY = "C";
    public static final String KEY = "K";
    public static final String COMPLETION = "N";
    public static final String OTHERS = "O";

    /** The resource name of a chunk of other languages' names, beside the primary file. */
    public static String otherNamesFile(int chunk) {
        return "other-names-" + chunk + ".tsv";
    }

    /**
     * What a key names: primary names win over other languages' names; forced keys always ask;
     * {@code alsoMatching} are the codes of other primary names that contain the key as whole words.
     */
    public record Entry(List<String> primary, List<String> secondary, boolean forcedAmbiguous, List<String> alsoMatching) {}

    /** A sending state's code with its English and Russian names. */
    public record CountryName(String code, String en, String ru) {}

    /** A name offered for completion and the codes it stands for. */
    public record Completion(String display, List<String> codes) {}

    private final String text;
    private int countriesStart = -1; // the first country line, -1 if none
    private int countriesEnd;
    private final Map<String, CountryName> byCode = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<String, CountryName> countries; // all of them, in the file's order, parsed on first use
    private final int keysStart;
    private final int keysEnd;
    private final IntFunction<InputStream> otherNames;
    private final List<String> chunkStarts = new ArrayList<>(); // the first key of each chunk
    private NameIndex[] chunks;
    private Map<String, Entry> primaryKeys;
    private Map<String, List<String>> primaryWords;
    private List<Completion> completions;

    private NameIndex(String text, IntFunction<InputStream> otherNames) throws IOException {
        this.text = text;
        this.otherNames = otherNames;
        int pos = 0;
        while (pos < text.length() && (text.startsWith("#", pos) || text.startsWith(COUNTRY + "\t", pos)
                || text.startsWith(OTHERS + "\t", pos))) {
            int end = lineEnd(pos);
            if (text.charAt(pos) == COUNTRY.charAt(0)) {
                // parsed when asked for: a lookup needs one or two of the two hundred
                if (countriesStart < 0) countriesStart = pos;
                countriesEnd = end;
            } else if (text.charAt(pos) == OTHERS.charAt(0)) {
                chunkStarts.add(text.substring(pos + 2, end));
            }
            pos = end + 1;
        }
        keysStart = pos;
        keysEnd = sectionEnd(pos);
        if (keysStart < text.length() && !text.startsWith(KEY + "\t", keysStart)) throw new IOException("name index: no keys");
    }

    /**
     * Reads the index: the primary names now; a chunk of the names other languages give only when
     * a query is not a primary name. {@code otherNames} opens a chunk by its number.
     */
    public static NameIndex read(InputStream primary, IntFunction<InputStream> otherNames) throws IOException {
        return new NameIndex(new String(primary.readAllBytes(), StandardCharsets.UTF_8), otherNames);
    }

    /** The entry of a normalized key: the primary names first, then the other languages' names. */
    public Entry entry(String key) {
        Entry e = find(key);
        if (e != null || chunkStarts.isEmpty()) return e;
        int lo = 0;
        int hi = chunkStarts.size() - 1;
        while (lo <= hi) { // hi ends at the last chunk that starts at or before the key
            int mid = (lo + hi) >>> 1;
            if (chunkStarts.get(mid).compareTo(key) <= 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi < 0 ? null : chunk(hi).find(key);
    }

    private synchronized NameIndex chunk(int n) {
        if (chunks == null) chunks = new NameIndex[chunkStarts.size()];
        if (chunks[n] == null) {
            try (InputStream in = otherNames.apply(n)) {
                if (in == null) throw new IOException("name index: " + otherNamesFile(n) + " is missing");
                chunks[n] = new NameIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return chunks[n];
    }

    /**
     * Codes of primary names that contain the key as whole words, as
     * {@link #primaryCodesContainingWords(String, Map)} gives them, but comparing only the names
     * that have the key's first word.
     */
    public Set<String> primaryCodesContainingWords(String key) {
        if (key.length() < 3) return new LinkedHashSet<>();
        int space = key.indexOf(' ');
        List<String> names = primaryWords().get(space < 0 ? key : key.substring(0, space));
        if (names == null) return new LinkedHashSet<>();
        Map<String, Entry> subset = new LinkedHashMap<>();
        Map<String, Entry> all = primaryKeys();
        for (String name : names) subset.put(name, all.get(name));
        return primaryCodesContainingWords(key, subset);
    }

    /** Each word of the primary names, with the names that have it, in key order. */
    private synchronized Map<String, List<String>> primaryWords() {
        if (primaryWords == null) {
            Map<String, List<String>> words = new HashMap<>();
            for (String name : primaryKeys().keySet()) {
                for (String word : new LinkedHashSet<>(List.of(name.split(" ")))) {
                    words.computeIfAbsent(word, w -> new ArrayList<>()).add(name);
                }
            }
            primaryWords = words;
        }
        return primaryWords;
    }

    /** Binary search over the sorted key lines of this file. */
    private Entry find(String key) {
        int lo = keysStart;
        int hi = keysEnd;
        while (lo < hi) {
            int mid = lineStart((lo + hi) >>> 1);
            if (mid < lo) mid = lo;
            int end = lineEnd(mid);
            int keyEnd = text.indexOf('\t', mid + 2);
            int cmp = text.substring(mid + 2, keyEnd).compareTo(key);
            if (cmp == 0) return parseEntry(text.substring(mid, end));
            if (cmp < 0) lo = end + 1;
            else hi = mid;
        }
        return null;
    }

    /** Every key, primary names' and other languages', sorted: what typo suggestions search. */
    public String[] sortedKeys() {
        List<String> mine = keyList();
        List<String> theirs = new ArrayList<>();
        for (int n = 0; n < chunkStarts.size(); n++) theirs.addAll(chunk(n).keyList()); // in order: one sorted list
        String[] all = new String[mine.size() + theirs.size()];
        int i = 0, j = 0, n = 0;
        while (i < mine.size() || j < theirs.size()) { // both files are sorted: merge them
            if (j == theirs.size() || (i < mine.size() && mine.get(i).compareTo(theirs.get(j)) <= 0)) all[n++] = mine.get(i++);
            else all[n++] = theirs.get(j++);
        }
        return all;
    }

    private List<String> keyList() {
        List<String> list = new ArrayList<>();
        for (int pos = keysStart; pos < keysEnd; ) {
            int end = lineEnd(pos);
            list.add(text.substring(pos + 2, text.indexOf('\t', pos + 2)));
            pos = end + 1;
        }
        return list;
    }

    /**
     * The keys of the primary names with their entries, in key order: what a whole-word match
     * needs, without reading the other languages' names.
     */
    public synchronized Map<String, Entry> primaryKeys() {
        if (primaryKeys == null) {
            Map<String, Entry> map = new LinkedHashMap<>();
            putKeys(map);
            primaryKeys = Collections.unmodifiableMap(map);
        }
        return primaryKeys;
    }

    private void putKeys(Map<String, Entry> map) {
        for (int pos = keysStart; pos < keysEnd; ) {
            int end = lineEnd(pos);
            String line = text.substring(pos, end);
            map.put(line.substring(2, line.indexOf('\t', 2)), parseEntry(line));
            pos = end + 1;
        }
    }

    public CountryName country(String code) {
        CountryName known = byCode.get(code);
        if (known != null || countriesStart < 0) return known;
        String start = COUNTRY + "\t" + code + "\t";
        int at = text.startsWith(start, countriesStart) ? countriesStart : text.indexOf("\n" + start, countriesStart) + 1;
        if (at <= 0 || at > countriesEnd) return null;
        CountryName n = countryAt(at);
        byCode.put(code, n);
        return n;
    }

    public synchronized Iterable<CountryName> countries() {
        if (countries == null) {
            Map<String, CountryName> all = new LinkedHashMap<>();
            for (int pos = countriesStart; pos >= 0 && pos < countriesEnd; ) {
                int end = lineEnd(pos);
                if (text.startsWith(COUNTRY + "\t", pos)) {
                    CountryName n = countryAt(pos);
                    all.put(n.code(), n);
                }
                pos = end + 1;
            }
            countries = Collections.unmodifiableMap(all);
        }
        return countries.values();
    }

    private CountryName countryAt(int pos) {
        String[] f = text.substring(pos, lineEnd(pos)).split("\t", -1);
        return new CountryName(f[1], f[2], f[3].isEmpty() ? null : f[3]);
    }

    /** Display names for completion, parsed on first use (the prompt needs them, a lookup does not). */
    public synchronized List<Completion> completions() {
        if (completions == null) {
            List<Completion> list = new ArrayList<>();
            for (int pos = keysEnd; pos < text.length(); ) {
                int end = lineEnd(pos);
                String[] f = text.substring(pos, end).split("\t", -1);
                list.add(new Completion(f[1], codes(f[2])));
                pos = end + 1;
            }
            completions = Collections.unmodifiableList(list);
        }
        return completions;
    }

    /**
     * Codes of primary names that contain the key as whole words ("salvador" in "el salvador"),
     * leaving out the key's own entry. The build step precomputes this for every key; a key that
     * is not in the index is matched at run time.
     */
    public static Set<String> primaryCodesContainingWords(String key, Map<String, Entry> keys) {
        Set<String> codes = new LinkedHashSet<>();
        if (key.length() < 3) return codes;
        String padded = " " + key + " ";
        for (Map.Entry<String, Entry> e : keys.entrySet()) {
            Entry entry = e.getValue();
            if (entry.primary().isEmpty() || entry.forcedAmbiguous() || e.getKey().equals(key)) continue;
            if ((" " + e.getKey() + " ").contains(padded)) codes.addAll(entry.primary());
        }
        return codes;
    }

    private static Entry parseEntry(String line) {
        String[] f = line.split("\t", -1);
        return new Entry(codes(f[2]), codes(f[3]), "!".equals(f[4]), codes(f[5]));
    }

    private static List<String> codes(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(","));
    }

    private int lineStart(int pos) {
        return text.lastIndexOf('\n', pos - 1) + 1;
    }

    /**
     * Where the key lines that start at {@code from} end: the first completion line, or the end. A
     * binary search over line starts, as the keys come first and the completions after them: a
     * scan of the text for it cost a lookup more start-up time than reading the index.
     */
    private int sectionEnd(int from) {
        int lo = from;
        int hi = text.length();
        while (lo < hi) { // the least position whose next line is a completion line, or the end
            int mid = (lo + hi) >>> 1;
            if (completionOrEnd(nextLine(mid))) hi = mid;
            else lo = mid + 1;
        }
        return nextLine(lo);
    }

    /** The first line start at or after {@code pos}. */
    private int nextLine(int pos) {
        if (pos == 0 || pos >= text.length() || text.charAt(pos - 1) == '\n') return Math.min(pos, text.length());
        return Math.min(lineEnd(pos) + 1, text.length());
    }

    private boolean completionOrEnd(int line) {
        return line >= text.length() || text.startsWith(COMPLETION + "\t", line);
    }

    private int lineEnd(int pos) {
        int end = text.indexOf('\n', pos);
        return end < 0 ? text.length() : end;
    }
}
