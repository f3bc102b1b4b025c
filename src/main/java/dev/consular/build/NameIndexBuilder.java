package dev.consular.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import dev.consular.lookup.NameIndex;
import dev.consular.lookup.Normalizer;

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

    private final Map<String, String[]> countries = new TreeMap<>();          // code -> {en, ru}
    private final Map<String, Set<String>> primary = new TreeMap<>();         // key -> codes
    private final Map<String, Set<String>> secondary = new TreeMap<>();       // key -> codes
    private final Map<String, Set<String>> ambiguous = new TreeMap<>();       // key -> codes
    private final Map<String, Set<String>> completions = new LinkedHashMap<>(); // display -> codes

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        NameIndexBuilder builder = new NameIndexBuilder();
        builder.readCountries(data.resolve("countries"));
        builder.readCurated(data.resolve("names.json"));
        builder.readLocaleNames();
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Writer others = Files.newBufferedWriter(out.resolveSibling("other-names.tsv"), StandardCharsets.UTF_8)) {
            builder.write(w, others);
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
            addPrimary(code, code);
            addPrimary(en, code);
            if (ru != null) addPrimary(ru, code);
        }
    }

    private void readCurated(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("aliases").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            requireKnown(e.getKey(), file);
            e.getValue().forEach(alias -> addPrimary(alias.asText(), e.getKey()));
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
            addPrimary(new ULocale("und", code).getISO3Country(), code);
            try {
                int numeric = Region.getInstance(code).getNumericCode();
                if (numeric > 0) addPrimary(String.format("%03d", numeric), code);
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
                if (name != null && !name.equals(code)) addSecondary(name, code);
            }
        }
    }

    private void addPrimary(String name, String code) {
        String key = Normalizer.normalize(name);
        if (key.isEmpty()) return;
        primary.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
        completions.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(code);
    }

    private void addSecondary(String name, String code) {
        String key = Normalizer.normalize(name);
        if (!key.isEmpty()) secondary.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
    }

    /** Primary names (and forced ambiguities) go to {@code w}; names only other languages give, to {@code others}. */
    private void write(Writer w, Writer others) throws IOException {
        others.write("# consular country-name index: names only other languages give (read on a miss)\n");
        w.write("# consular country-name index, generated at build time from data/ and ICU locale data\n");
        for (Map.Entry<String, String[]> c : countries.entrySet()) {
            line(w, NameIndex.COUNTRY, c.getKey(), c.getValue()[0], c.getValue()[1] == null ? "" : c.getValue()[1]);
        }
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
            line(primaryKey ? w : others, NameIndex.KEY, key,
                    String.join(",", ambiguous.containsKey(key) ? ambiguous.get(key) : primary.getOrDefault(key, Set.of())),
                    String.join(",", secondary.getOrDefault(key, Set.of())),
                    ambiguous.containsKey(key) ? "!" : "",
                    String.join(",", also));
        }
        for (Map.Entry<String, Set<String>> c : completions.entrySet()) {
            if (c.getKey().length() > 2 || c.getKey().equals(c.getKey().toUpperCase())) {
                line(w, NameIndex.COMPLETION, c.getKey(), String.join(",", c.getValue()));
            }
        }
    }

    private static void line(Writer w, String... fields) throws IOException {
        List<String> clean = new ArrayList<>();
        for (String f : fields) clean.add(f.replace('\t', ' ').replace('\n', ' '));
        w.write(String.join("\t", clean));
        w.write('\n');
    }
}
