package dev.consular.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import dev.consular.data.NameIndex;
import dev.consular.text.Normalizer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step: writes the country-name index from data/ and ICU's locale data, so that no lookup
 * pays for collecting names in hundreds of languages at start-up.
 * <p>
 * Primary names (codes, the dataset's English and Russian names, curated aliases and demonyms,
 * names in the country's own languages) win over the names other languages give; words listed
 * as ambiguous always ask which country is meant.
 */
public final class NameIndexBuilder {

    /** Codes that are user-assigned in ISO 3166: ICU's names for them are pseudo-locales, not places. */
    private static final Set<String> NOT_IN_ICU = Set.of("XA", "XO", "XM");
    /** Bytes (about) of a chunk of other languages' names: what a lookup of one of them reads. */
    private static final int CHUNK = 48 * 1024;

    private final Map<String, String[]> countries = new TreeMap<>();          // code -> {en, ru}
    private final Map<String, Set<String>> primary = new TreeMap<>();         // key -> codes
    private final Map<String, Set<String>> secondary = new TreeMap<>();       // key -> codes
    private final Map<String, Set<String>> ambiguous = new TreeMap<>();       // key -> codes
    private final Map<String, Set<String>> isoNames = new TreeMap<>();        // key -> codes, from iso-codes
    private final Map<String, Set<String>> isoOrigins = new TreeMap<>();      // key -> the forms that gave it
    private final Map<String, Set<String>> localeOrigins = new TreeMap<>();   // key -> ICU's names that gave it
    private final Map<String, Set<String>> completions = new LinkedHashMap<>(); // display -> codes
    private final Set<String> codeKeys = new TreeSet<>();                      // ISO codes: always their country
    private final Set<String> curatedKeys = new TreeSet<>();                   // aliases of names.json
    private final Map<String, Set<String>> notNames = new TreeMap<>();        // key -> codes it must not give
    private final Set<String> notNamesSeen = new TreeSet<>();                  // "code key" of those a source gave

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        NameIndexBuilder builder = new NameIndexBuilder();
        builder.readCountries(data.resolve("countries"));
        builder.readCurated(data.resolve("names.json"));
        builder.readLocaleNames();
        builder.readIsoNames(data.resolve("iso-codes/iso_3166-1.tsv"));
        builder.checkNotNamesSeen(data.resolve("names.json"));
        builder.checkAmbiguity();
        Files.createDirectories(out.getParent());
        try (Stream<Path> old = Files.list(out.getParent())) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("other-names")).toList()) Files.delete(p);
        }
        List<StringBuilder> lines = builder.keyLines();
        List<StringBuilder> chunks = chunks(lines.get(1));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            builder.write(w, lines.get(0), chunks);
        }
        for (int i = 0; i < chunks.size(); i++) {
            Files.writeString(out.resolveSibling(NameIndex.otherNamesFile(i)), chunks.get(i), StandardCharsets.UTF_8);
        }
    }

    private void readCountries(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode node = mapper.readTree(file.toFile());
            String code = node.path("code").asText();
            String en = node.path("name").path("en").asText();
            String ru = node.path("name").path("ru").asText(null);
            countries.put(code, new String[] {en, ru});
            addCode(code, code);
            addPrimary(en, code);
            if (ru != null) addPrimary(ru, code);
        }
    }

    private void readCurated(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("aliases").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            requireKnown(e.getKey(), file);
            e.getValue().forEach(alias -> {
                addPrimary(alias.asText(), e.getKey());
                curatedKeys.add(Normalizer.normalize(alias.asText()));
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("notNames").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            requireKnown(e.getKey(), file);
            e.getValue().forEach(name -> notNames.computeIfAbsent(Normalizer.normalize(name.asText()), k -> new TreeSet<>())
                    .add(e.getKey()));
        }
        for (Iterator<String> it = root.path("notes").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!curatedKeys.contains(Normalizer.normalize(name))) {
                throw new IllegalStateException(file + ": a note on \"" + name + "\", which is not one of the aliases");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("ambiguous").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<String> codes = new LinkedHashSet<>();
            e.getValue().forEach(c -> codes.add(requireKnown(c.asText(), file)));
            ambiguous.put(Normalizer.normalize(e.getKey()), codes);
            completions.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(codes);
        }
    }

    private String requireKnown(String code, Path file) {
        if (!countries.containsKey(code)) {
            throw new IllegalStateException(file + ": unknown country code " + code);
        }
        return code;
    }

    private void readLocaleNames() {
        for (String code : countries.keySet()) {
            if (NOT_IN_ICU.contains(code)) continue;
            addCode(new ULocale("und", code).getISO3Country(), code);
            try {
                int numeric = Region.getInstance(code).getNumericCode();
                if (numeric > 0) addCode(String.format("%03d", numeric), code);
            } catch (IllegalArgumentException notARegion) {
                // EU and XK have no ISO numeric code
            }
            // names in the country's own main language count as primary: Deutschland, Nippon, Polska
            ULocale own = ULocale.addLikelySubtags(new ULocale("und_" + code));
            String nativeName = LocaleDisplayNames.getInstance(own).regionDisplayName(code);
            if (nativeName != null && !nativeName.equals(code)) addPrimary(nativeName, code);
        }
        for (ULocale locale : ULocale.getAvailableLocales()) {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
            for (String code : countries.keySet()) {
                if (NOT_IN_ICU.contains(code)) continue;
                String name = names.regionDisplayName(code);
                if (name != null && !name.equals(code)) {
                    addSecondary(name, code);
                    localeOrigins.computeIfAbsent(Normalizer.normalize(name), k -> new TreeSet<>())
                            .add(code + " " + locale + " \"" + name + "\"");
                }
            }
        }
    }

    /**
     * ISO 3166 names in every language iso-codes translates them to (name, official_name,
     * common_name), as written and with ISO's inversion undone ("Korea, Republic of"), so that
     * the inverted form a user types finds the same key.
     */
    private void readIsoNames(Path table) throws IOException {
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IllegalStateException(table + ": not four columns: " + line);
            String code = f[0];
            if (!countries.containsKey(code)) continue; // a territory, not a sending state
            String form = f[3];
            String origin = code + " " + f[2] + " \"" + form + "\"";
            addIso(form, code, origin);
            String uninverted = Normalizer.uninverted(form);
            if (uninverted != null) addIso(uninverted, code, origin);
            if (form.endsWith(")")) {
                // mostly not an inversion but a second name: "Holy See (Vatican City State)"
                String head = Normalizer.head(form);
                if (head != null) addIso(head, code, origin);
                addIso(form.substring(form.lastIndexOf('(') + 1, form.length() - 1), code, origin);
            }
        }
    }

    private void addIso(String name, String code, String origin) {
        String key = Normalizer.normalize(name);
        if (key.isEmpty() || isNotName(key, code)) return;
        addSecondary(name, code);
        isoNames.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
        isoOrigins.computeIfAbsent(key, k -> new TreeSet<>()).add(origin);
    }

    /**
     * A name that several countries share must be declared ambiguous in names.json: the build
     * fails on one that comes from the ISO names (or names.json itself) and is not, so that no
     * new source makes a name ask (or answer) by accident.
     */
    private void checkAmbiguity() {
        List<String> undeclared = new ArrayList<>();
        Set<String> newKeys = new TreeSet<>(isoNames.keySet());
        newKeys.addAll(curatedKeys);
        for (String key : newKeys) {
            if (codeKeys.contains(key)) continue; // "AO" is Angola, whatever "Áo" means in Vietnamese
            Set<String> declared = ambiguous.get(key);
            Set<String> all = new TreeSet<>(isoNames.getOrDefault(key, Set.of()));
            all.addAll(primary.getOrDefault(key, Set.of()));
            if (!primary.containsKey(key)) all.addAll(secondary.getOrDefault(key, Set.of()));
            if (all.size() > 1 && (declared == null || !declared.containsAll(all))) {
                undeclared.add("\"" + key + "\" -> " + String.join(",", all) + "  (" + String.join("; ", isoOrigins.getOrDefault(key, Set.of()))
                        + (primary.containsKey(key) ? "; primary " + String.join(",", primary.get(key))
                        : localeOrigins.containsKey(key) ? "; ICU " + String.join("; ", localeOrigins.get(key)) : "") + ")");
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(undeclared.size() + " names map to several countries without being declared"
                    + " in names.json \"ambiguous\":\n  " + String.join("\n  ", undeclared));
        }
    }

    private void addPrimary(String name, String code) {
        String key = Normalizer.normalize(name);
        if (key.isEmpty()) return;
        primary.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
        completions.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(code);
    }

    private void addCode(String code, String country) {
        addPrimary(code, country);
        codeKeys.add(Normalizer.normalize(code));
    }

    /** True for a name listed in names.json as given to this country by mistake. */
    private boolean isNotName(String key, String code) {
        if (!notNames.getOrDefault(key, Set.of()).contains(code)) return false;
        notNamesSeen.add(code + " " + key);
        return true;
    }

    /** A listed mistake that no source makes any more is stale: the list must say what is left out. */
    private void checkNotNamesSeen(Path file) {
        for (Map.Entry<String, Set<String>> e : notNames.entrySet()) {
            for (String code : e.getValue()) {
                if (!notNamesSeen.contains(code + " " + e.getKey())) {
                    throw new IllegalStateException(file + ": notNames: no source gives " + code + " the name \"" + e.getKey() + "\"");
                }
            }
        }
    }

    private void addSecondary(String name, String code) {
        String key = Normalizer.normalize(name);
        if (!key.isEmpty() && !isNotName(key, code)) secondary.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
    }

    /** Primary names (and forced ambiguities) first; names only other languages give, second. */
    private List<StringBuilder> keyLines() {
        StringBuilder mine = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        Set<String> keys = new TreeSet<>(primary.keySet());
        keys.addAll(secondary.keySet());
        keys.addAll(ambiguous.keySet());
        Map<String, NameIndex.Entry> primaries = new TreeMap<>();
        primary.forEach((key, codes) -> {
            if (!ambiguous.containsKey(key)) primaries.put(key, new NameIndex.Entry(List.copyOf(codes), List.of(), false, List.of()));
        });
        for (String key : keys) {
            Set<String> codes = ambiguous.containsKey(key) ? ambiguous.get(key)
                    : primary.getOrDefault(key, secondary.getOrDefault(key, Set.of()));
            Set<String> also = codes.size() == 1 ? NameIndex.primaryCodesContainingWords(key, primaries) : new TreeSet<>();
            also.removeAll(codes);
            boolean primaryKey = primary.containsKey(key) || ambiguous.containsKey(key);
            line(primaryKey ? mine : theirs, NameIndex.KEY, key,
                    String.join(",", ambiguous.containsKey(key) ? ambiguous.get(key) : primary.getOrDefault(key, Set.of())),
                    String.join(",", secondary.getOrDefault(key, Set.of())),
                    ambiguous.containsKey(key) ? "!" : "",
                    String.join(",", also));
        }
        return List.of(mine, theirs);
    }

    /** Names only other languages give, in chunks of about {@link #CHUNK} characters: a lookup reads one. */
    private static List<StringBuilder> chunks(StringBuilder lines) {
        List<StringBuilder> chunks = new ArrayList<>();
        StringBuilder chunk = null;
        for (int pos = 0; pos < lines.length(); ) {
            int end = lines.indexOf("\n", pos) + 1;
            if (chunk == null || chunk.length() >= CHUNK) {
                chunk = new StringBuilder("# consular country-name index: names only other languages give (read on a miss)\n");
                chunks.add(chunk);
            }
            chunk.append(lines, pos, end);
            pos = end;
        }
        return chunks;
    }

    /** The countries, each chunk's first key, the primary keys and the display names. */
    private void write(Writer w, StringBuilder primaryLines, List<StringBuilder> chunks) throws IOException {
        w.write("# consular country-name index, generated at build time from data/, ICU locale data and iso-codes\n");
        StringBuilder head = new StringBuilder();
        for (Map.Entry<String, String[]> c : countries.entrySet()) {
            line(head, NameIndex.COUNTRY, c.getKey(), c.getValue()[0], c.getValue()[1] == null ? "" : c.getValue()[1]);
        }
        for (StringBuilder chunk : chunks) {
            int start = chunk.indexOf("\n" + NameIndex.KEY + "\t") + 3;
            line(head, NameIndex.OTHERS, chunk.substring(start, chunk.indexOf("\t", start)));
        }
        w.append(head).append(primaryLines);
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Set<String>> c : completions.entrySet()) {
            if (c.getKey().length() > 2 || c.getKey().equals(c.getKey().toUpperCase())) {
                line(names, NameIndex.COMPLETION, c.getKey(), String.join(",", c.getValue()));
            }
        }
        w.append(names);
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append('\t');
            out.append(fields[i].replace('\t', ' ').replace('\n', ' '));
        }
        out.append('\n');
    }
}
