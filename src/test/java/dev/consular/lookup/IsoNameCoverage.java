package dev.consular.lookup;

import dev.consular.data.NameIndex;
import dev.consular.text.Normalizer;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many of the names iso-codes gives the sending states, in every language it ships, resolve
 * strictly to the right country: per field, per language, and the forms that two countries share
 * (declared ambiguous in data/names.json and answered with both), not counted. Forms that
 * names.json lists as iso-codes' mistakes (another country's name) count as misses, and are
 * listed. Prints a report; {@code IsoNameCoverageTest} holds the rate.
 *
 * <pre>bench/iso-names.sh [--misses]</pre>
 */
public final class IsoNameCoverage {
    static final Path FORMS = Path.of("data/iso-codes/iso_3166-1.tsv");
    static final Path NAMES = Path.of("data/names.json");
    static final List<String> FIELDS = List.of("name", "official_name", "common_name");

    /** One form of iso-codes and how it resolved. */
    record Form(String code, String field, String language, String text, Resolution resolution, boolean declaredShared,
                boolean mistake) {
        boolean strict() {
            return resolution instanceof Resolution.Found f && f.code().equals(code);
        }

        /** A form two countries share: declared so, and answered with this country among the candidates. */
        boolean shared() {
            return declaredShared && resolution instanceof Resolution.Ambiguous a
                    && a.candidates().stream().anyMatch(c -> c.code().equals(code));
        }
    }

    /** Strict hits out of the forms that are not shared. */
    record Rate(int strict, int counted, int shared) {
        double percent() {
            return counted == 0 ? 100 : 100.0 * strict / counted;
        }

        Rate plus(Form f) {
            if (f.shared()) return new Rate(strict, counted, shared + 1);
            return new Rate(strict + (f.strict() ? 1 : 0), counted + 1, shared);
        }
    }

    private IsoNameCoverage() {}

    /** Every form of a sending state in the table, resolved. */
    static List<Form> measure(Path forms) throws IOException {
        Map<String, java.util.Set<String>> mistakes = new java.util.HashMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(NAMES.toFile()).path("notNames").fields()
                .forEachRemaining(e -> e.getValue().forEach(n ->
                        mistakes.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).add(Normalizer.normalize(n.asText()))));
        NameIndex index = new Dataset(DataSource.embedded()).names();
        CountryResolver resolver = new CountryResolver(index);
        List<Form> out = new ArrayList<>();
        for (String line : Files.readAllLines(forms, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (index.country(f[0]) == null) continue; // a territory: not a sending state
            NameIndex.Entry entry = index.entry(Normalizer.normalize(f[3]));
            boolean declared = entry != null && entry.forcedAmbiguous();
            boolean mistake = mistakes.getOrDefault(f[0], java.util.Set.of()).contains(Normalizer.normalize(f[3]));
            out.add(new Form(f[0], f[1], f[2], f[3], resolver.resolve(f[3]), declared, mistake));
        }
        return out;
    }

    static Map<String, Rate> byField(List<Form> forms) {
        Map<String, Rate> rates = new TreeMap<>();
        for (Form f : forms) rates.merge(f.field(), new Rate(0, 0, 0).plus(f), IsoNameCoverage::sum);
        return rates;
    }

    static Map<String, Rate> byLanguage(List<Form> forms) {
        Map<String, Rate> rates = new TreeMap<>();
        for (Form f : forms) rates.merge(f.language(), new Rate(0, 0, 0).plus(f), IsoNameCoverage::sum);
        return rates;
    }

    static Rate overall(List<Form> forms) {
        Rate r = new Rate(0, 0, 0);
        for (Form f : forms) r = r.plus(f);
        return r;
    }

    private static Rate sum(Rate a, Rate b) {
        return new Rate(a.strict() + b.strict(), a.counted() + b.counted(), a.shared() + b.shared());
    }

    public static void main(String[] args) throws IOException {
        boolean misses = List.of(args).contains("--misses");
        List<Form> forms = measure(FORMS);
        System.out.printf("%-14s %7s %7s %7s %8s%n", "field", "strict", "counted", "shared", "rate");
        for (String field : FIELDS) {
            Rate r = byField(forms).getOrDefault(field, new Rate(0, 0, 0));
            System.out.printf("%-14s %7d %7d %7d %7.2f%%%n", field, r.strict(), r.counted(), r.shared(), r.percent());
        }
        Rate all = overall(forms);
        System.out.printf("%-14s %7d %7d %7d %7.2f%%%n", "all", all.strict(), all.counted(), all.shared(), all.percent());
        Map<String, Rate> languages = byLanguage(forms);
        System.out.println();
        System.out.println(languages.size() + " languages; below 98%:");
        languages.forEach((lang, r) -> {
            if (r.percent() < 98) System.out.printf("  %-8s %7.2f%% (%d of %d)%n", lang, r.percent(), r.strict(), r.counted());
        });
        System.out.println();
        System.out.println("Shared forms (declared ambiguous, answered with the candidates):");
        Map<String, List<String>> shared = new TreeMap<>();
        for (Form f : forms) {
            if (f.shared()) shared.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(f.language() + " " + f.code());
        }
        shared.forEach((text, where) -> System.out.println("  " + text + "\t" + String.join(", ", new java.util.TreeSet<>(where))));
        System.out.println();
        System.out.println("Mistakes of iso-codes, left out of the index (names.json notNames), counted as misses:");
        for (Form f : forms) {
            if (f.mistake()) System.out.println("  " + f.code() + "\t" + f.field() + "\t" + f.language() + "\t" + f.text());
        }
        if (misses) {
            System.out.println();
            System.out.println("Other forms that do not resolve strictly to their country:");
            for (Form f : forms) {
                if (!f.strict() && !f.shared() && !f.mistake()) {
                    System.out.println("  " + f.code() + "\t" + f.field() + "\t" + f.language() + "\t" + f.text() + "\t" + brief(f.resolution()));
                }
            }
        }
    }

    private static String brief(Resolution r) {
        if (r instanceof Resolution.Found f) return "-> " + f.code();
        if (r instanceof Resolution.Ambiguous a) return "ambiguous " + a.candidates().stream().map(Resolution.Candidate::code).toList();
        return "no match";
    }
}
