package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.Say;
import dev.consular.app.App;
import dev.consular.lookup.CountryResolver;
import dev.consular.data.NameIndex;
import dev.consular.text.Normalizer;
import dev.consular.model.Article;
import dev.consular.places.Gazetteer;
import dev.consular.places.Place;
import dev.consular.places.Subject;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code consular __complete SHELL KIND WORD}: what the completion scripts ask at Tab time, the
 * countries, places or articles that start with WORD, in whatever script and case it is typed.
 * Hidden, and answered before the picocli model is built so that Tab feels instant. One candidate a
 * line: for bash escaped as a shell word, for zsh and fish with a tab and what it is.
 */
final class Complete {
    static final String COMMAND = "__complete";
    private static final int MAX = 40;

    private Complete() {}

    /** The exit code, or null when the call is not a completion request. */
    static Integer run(String[] args, App app, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals(COMMAND)) return null;
        if (args.length < 3 || args.length > 4) {
            Say.to(err, COMMAND + " takes SHELL KIND [WORD] (it is what the completion scripts call)");
            return ExitCode.USAGE;
        }
        String shell = args[1];
        String word = args.length > 3 ? args[3] : "";
        List<String[]> found;
        try {
            found = switch (args[2]) {
                case "country" -> countries(app.finder().resolver(), app.dataset().names(), word);
                case "place" -> places(app.dataset().gazetteer(), word);
                case "article" -> articles(app.dataset().articles(), word);
                default -> List.of();
            };
        } catch (RuntimeException e) {
            return ExitCode.DATA; // a completion never prints an error into the line being edited
        }
        for (String[] c : found) {
            out.println(shell.equals("bash") ? bashWord(c[0]) : c[0] + (c[1] == null ? "" : "\t" + c[1].replace('\t', ' ')));
        }
        out.flush();
        return ExitCode.FOUND;
    }

    /**
     * Names that start with the word, one per country: the names the prompt completes (English,
     * Russian, common aliases) first; else any of the 25,000 names in every language the resolver
     * knows (ドイ, alem), the typed start kept as typed; every English name when nothing is typed.
     */
    static List<String[]> countries(CountryResolver resolver, NameIndex names, String word) {
        List<String[]> out = new ArrayList<>();
        if (word.isBlank()) {
            for (NameIndex.CountryName c : names.countries()) out.add(new String[] {c.en(), c.code()});
            return out;
        }
        for (NameIndex.Completion c : resolver.complete(word)) {
            out.add(new String[] {c.display(), describe(resolver, c.codes())});
            if (out.size() == MAX) return out;
        }
        if (!out.isEmpty()) return out;
        String key = Normalizer.normalize(word);
        Set<List<String>> seen = new HashSet<>();
        String[] keys = names.sortedKeys();
        int first = java.util.Arrays.binarySearch(keys, key);
        for (int i = first < 0 ? -first - 1 : first; i < keys.length && keys[i].startsWith(key); i++) {
            NameIndex.Entry e = names.entry(keys[i]);
            if (e == null) continue;
            List<String> codes = e.primary().isEmpty() ? e.secondary() : e.primary();
            if (codes.isEmpty() || !seen.add(codes)) continue;
            // the names are stored normalized (ドイツ as トイツ): keep what was typed, add the rest
            out.add(new String[] {word + keys[i].substring(key.length()), describe(resolver, codes)});
            if (out.size() == MAX) break;
        }
        return out;
    }

    private static String describe(CountryResolver resolver, List<String> codes) {
        return codes.size() == 1 ? resolver.name(codes.get(0)) + " (" + codes.get(0) + ")" : String.join(", ", codes);
    }

    /**
     * Towns whose English or Russian name starts with the word, most populous first: only cities
     * (100,000 people or more) while any matches, so that "Каз" completes to Kazan; every town
     * and village when none does.
     */
    static List<String[]> places(Gazetteer gazetteer, String word) {
        String key = Normalizer.normalize(word);
        if (key.isEmpty()) return new ArrayList<>();
        List<String[]> cities = places(gazetteer, key, CITY);
        return cities.isEmpty() ? places(gazetteer, key, 0) : cities;
    }

    private static final long CITY = 100_000;

    private static List<String[]> places(Gazetteer gazetteer, String key, long population) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Place p : gazetteer.places()) {
            if (p.population() < population) break; // most populous first
            String name = Normalizer.normalize(p.name()).startsWith(key) ? p.name()
                    : p.nameRu() != null && Normalizer.normalize(p.nameRu()).startsWith(key) ? p.nameRu() : null;
            if (name == null) continue;
            Subject region = gazetteer.subject(p.subject());
            // namesakes in other regions are told apart as the resolver accepts them: "Kirovsk, Murmansk Oblast"
            String shown = seen.add(name) ? name : region == null ? name : name + ", " + region.en();
            if (!shown.equals(name) && !seen.add(shown)) continue;
            out.add(new String[] {shown, region == null ? null : region.en()});
            if (out.size() == MAX) break;
        }
        return out;
    }

    static List<String[]> articles(List<Article> articles, String word) {
        List<String[]> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.id().startsWith(word)) out.add(new String[] {a.id(), a.title()});
        }
        return out;
    }

    /** A value as one bash word: every character the shell would read specially gets a backslash. */
    static String bashWord(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (" \t\n'\"\\$`!&|;<>()[]{}*?#~=,:".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
