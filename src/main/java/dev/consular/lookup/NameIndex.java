package dev.consular.lookup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country-name index written at build time: every sending state's code and names, the
 * normalized keys that name it, and the display names offered for completion.
 */
public final class NameIndex {
    public static final String COUNTRY = "C";
    public static final String KEY = "K";
    public static final String COMPLETION = "N";

    /** What a key names: primary names win over other languages' names; forced keys always ask. */
    public record Entry(List<String> primary, List<String> secondary, boolean forcedAmbiguous) {}

    /** A sending state's code with its English and Russian names. */
    public record CountryName(String code, String en, String ru) {}

    /** A name offered for completion and the codes it stands for. */
    public record Completion(String display, List<String> codes) {}

    private final Map<String, CountryName> countries = new LinkedHashMap<>();
    private final Map<String, Entry> keys = new HashMap<>(1 << 16);
    private final List<Completion> completions = new ArrayList<>();

    public static NameIndex read(InputStream in) throws IOException {
        NameIndex index = new NameIndex();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case COUNTRY -> index.countries.put(f[1], new CountryName(f[1], f[2], f[3].isEmpty() ? null : f[3]));
                    case KEY -> index.keys.put(f[1], new Entry(codes(f[2]), codes(f[3]), "!".equals(f[4])));
                    case COMPLETION -> index.completions.add(new Completion(f[1], codes(f[2])));
                    default -> throw new IOException("name index: unknown line type " + f[0]);
                }
            }
        }
        return index;
    }

    private static List<String> codes(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(","));
    }

    public Entry entry(String key) {
        return keys.get(key);
    }

    public Map<String, Entry> keys() {
        return Collections.unmodifiableMap(keys);
    }

    public CountryName country(String code) {
        return countries.get(code);
    }

    public Iterable<CountryName> countries() {
        return countries.values();
    }

    public List<Completion> completions() {
        return Collections.unmodifiableList(completions);
    }
}
